import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryStatus } from '../../utils/messaging/protocol';
import type { SuggestResult } from '../../utils/schemas/suggestion';
import type { Thread } from '../../utils/schemas/thread';
import { insertFeedbackFrom, type InsertFeedback } from '../insert-status/insert-feedback';
import type { PhraseInsertResult } from '../../utils/page/phrase-insertion';
import type { PopupServices } from './popup-services';
import type { PageHealth } from '../../utils/schemas/page-health';

export type ChatView =
  | { kind: 'loading' }
  | { kind: 'no-chat' }
  | {
      kind: 'chat';
      thread: Thread;
      result: SuggestResult | null;
      suggestFailed: boolean;
      /** The site's own adapter found nothing and the generic one read the page instead. */
      adapterFallback: boolean;
    };

/** New buyer messages land while the popup is open; reading the page again is local and cheap. */
const REREAD_EVERY_MS = 2500;
/** Long enough to see the green note, short enough that the agent's next key goes to the chat. */
const CLOSE_AFTER_INSERT_MS = 600;

/** What the suggestions depend on: the conversation, its messages, and the product it is about. */
function threadSignature(thread: Thread): string {
  return JSON.stringify([thread.conversationId, thread.messages.map((message) => [message.role, message.id, message.text]), thread.product ?? null]);
}

export function usePopupModel(services: PopupServices) {
  const [tabId, setTabId] = useState<number | null>(null);
  /** The adapter the tab's page is read with (its client), for notices about that client. */
  const [site, setSite] = useState<string | null>(null);
  const [chat, setChat] = useState<ChatView>({ kind: 'loading' });
  const [library, setLibrary] = useState<LibraryStatus | null>(null);
  const [feedback, setFeedback] = useState<InsertFeedback | null>(null);
  /** Page health of the chat tab: null until known, and on tabs that are no stock client. */
  const [health, setHealth] = useState<PageHealth | null>(null);
  const shownSignature = useRef<string | null>(null);
  const inFlight = useRef(false);
  const latestRun = useRef(0);

  const readHealth = useCallback(
    (id: number): Promise<PageHealth | null> => (services.readPageHealth ? services.readPageHealth(id).then((answer) => (answer.client ? answer : null)).catch(() => null) : Promise.resolve(null)),
    [services],
  );

  const refresh = useCallback(
    async (force: boolean) => {
      // A timer tick while a read is under way adds nothing; an explicit refresh supersedes it.
      if (inFlight.current && !force) return;
      const run = ++latestRun.current;
      const isLatest = () => run === latestRun.current;
      inFlight.current = true;
      try {
        const [status, id] = await Promise.all([services.getLibraryStatus().catch(() => null), services.targetTabId().catch(() => null)]);
        if (!isLatest()) return;
        if (status) setLibrary(status);
        setTabId(id);
        const [page, pageHealth] = id === null ? [null, null] : await Promise.all([services.readThread(id).catch(() => null), readHealth(id)]);
        if (!isLatest()) return;
        setHealth(pageHealth);
        setSite(page?.site ?? null);
        if (!page?.thread) {
          shownSignature.current = null;
          setChat({ kind: 'no-chat' });
          return;
        }
        const thread = page.thread;
        const signature = threadSignature(thread);
        if (!force && signature === shownSignature.current) return;
        const result = await services.suggest(thread).catch(() => null);
        if (!isLatest()) return;
        shownSignature.current = result ? signature : null;
        setChat({ kind: 'chat', thread, result, suggestFailed: result === null, adapterFallback: page.adapterFallback === true });
      } finally {
        if (isLatest()) inFlight.current = false;
      }
    },
    [services, readHealth],
  );

  useEffect(() => {
    void refresh(true);
    const rereadIfVisible = () => {
      if (document.visibilityState === 'visible') void refresh(false);
    };
    const timer = setInterval(rereadIfVisible, REREAD_EVERY_MS);
    window.addEventListener('focus', rereadIfVisible);
    document.addEventListener('visibilitychange', rereadIfVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', rereadIfVisible);
      document.removeEventListener('visibilitychange', rereadIfVisible);
    };
  }, [refresh]);

  /** Asks the chat tab to insert `text` one way or the other, then says how it went (and closes after a success). */
  const insertInto = useCallback(
    async (text: string, request: (tabId: number) => Promise<PhraseInsertResult>) => {
      if (tabId === null) {
        setFeedback({ kind: 'failed', reason: 'unreachable', text });
        return;
      }
      const result = await request(tabId).catch(() => null);
      const next: InsertFeedback = result ? insertFeedbackFrom(result, result.text) : { kind: 'failed', reason: 'unreachable', text };
      setFeedback(next);
      if (next.kind !== 'inserted') return;
      if (!services.detached) setTimeout(services.closePopup, CLOSE_AFTER_INSERT_MS);
    },
    [services, tabId],
  );

  // The page fills the placeholders from the conversation it shows and counts the use.
  const insert = useCallback(
    (text: string, phraseUid: string, category: string) => insertInto(text, (id) => services.insertPhrase(id, { text, phraseUid, category })),
    [services, insertInto],
  );

  // A product fact from the facts card: plain text at the caret, no phrase use counted.
  const insertFact = useCallback((value: string) => insertInto(value, (id) => services.insertPlainText(id, value)), [services, insertInto]);

  const restoreDefaultPack = useCallback(async () => {
    setLibrary(await services.restoreDefaultPack());
    await refresh(true);
  }, [services, refresh]);

  const dismissFeedback = useCallback(() => setFeedback(null), []);

  return {
    tabId,
    site,
    chat,
    library,
    feedback,
    health,
    refresh: () => refresh(true),
    insert,
    insertFact,
    restoreDefaultPack,
    dismissFeedback,
  };
}
