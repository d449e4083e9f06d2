import { z } from 'zod/mini';
import { readDraft } from '../../sites/read-draft';
import { answerFirstSuggestionRequest } from './first-suggestion-request';
import { openConversationRow } from './open-conversation-request';
import { trySiteOverride } from './try-site-override-request';
import type { InsertPhrase } from '../phrase-insertion';
import type { PageHealth } from '../../schemas/page-health';
import type { PageSession } from '../page-session';
import { pageRequestSchemas, type PageRequestData, type PageRequestType, type PageResult } from '../../messaging/page-messenger';

/** A request whose data does not fit the protocol; nothing was read or inserted for it. */
export class InvalidPageRequestError extends Error {
  override readonly name = 'InvalidPageRequestError';
  constructor(type: string, error: z.core.$ZodError) {
    super(
      `页面请求 "${type}" 的数据不符合协议，未执行 / page request "${type}" was refused, its data does not fit the protocol ` +
        `(e.g. insertPhrase needs { text: "亲，在的～", phraseUid: "default-zh/greeting-001", category: "greeting" }):\n${z.prettifyError(error)}`,
    );
  }
}

const NO_CLIENT_HEALTH: PageHealth = { client: null, status: 'no-chat', failed: [], genericFallback: false };

type PageRequestHandler<K extends PageRequestType> = (
  session: PageSession,
  data: PageRequestData<K>,
  insertPhrase: InsertPhrase,
) => Promise<PageResult<K>> | PageResult<K>;

const HANDLERS: { [K in PageRequestType]: PageRequestHandler<K> } = {
  readThread: (session) => session.readThread(),
  insertPhrase: async (_session, phrase, insertPhrase) => (await insertPhrase(phrase)) ?? { ok: false, reason: 'not-verified', text: phrase.text },
  insertPlainText: async (_session, { text }, insertPhrase) => (await insertPhrase({ text, plain: true })) ?? { ok: false, reason: 'not-verified', text },
  readDraft: (session) => readDraft(session.adapter, document),
  insertFirstSuggestion: (session, _data, insertPhrase) => answerFirstSuggestionRequest(session, insertPhrase),
  openConversation: (session, { key }) => openConversationRow(session.adapter, document, key),
  // Page health: only a stock client's page has a monitor (not the demo, not a custom site).
  readPageHealth: (session) => session.health?.current() ?? NO_CLIENT_HEALTH,
  exportPageStructure: (session) => {
    if (!session.health) throw new Error('导出页面结构只适用于已支持的客服平台 / the page structure export is for the supported chat clients only');
    return session.health.exportStructure();
  },
  trySiteOverride: (session, { override }) => trySiteOverride(session.adapter.id, override, document),
};

/** Parses a request's data with the protocol schema; throws InvalidPageRequestError when it does not fit. */
export function parsePageRequestData<K extends PageRequestType>(type: K, rawData: unknown): PageRequestData<K> {
  const parsed = z.safeParse(pageRequestSchemas(type).data, rawData);
  if (!parsed.success) throw new InvalidPageRequestError(type, parsed.error);
  return parsed.data;
}

/**
 * Answers one page request from the session, whoever carried it (the content-script messenger
 * or the demo page's bridge). `data` is parsed first: a malformed request runs nothing.
 * The answer is parsed too, so a page that made an adapter read something odd cannot push an
 * off-protocol answer to the popup. `insertPhrase` is the page's one insertion path.
 */
export async function answerPageRequest<K extends PageRequestType>(
  session: PageSession,
  type: K,
  rawData: unknown,
  insertPhrase: InsertPhrase,
): Promise<PageResult<K>> {
  const data = parsePageRequestData(type, rawData);
  // Same cast as pageRequestSchemas: the entry picked by `type` is the handler for `type`.
  const handler = HANDLERS[type] as PageRequestHandler<K>;
  return z.parse(pageRequestSchemas(type).result, await handler(session, data, insertPhrase));
}
