import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { pageRequests, type PageProtocol } from '../messaging/protocol';
import { quietLogger } from '../messaging/quiet-logger';

/**
 * The one messenger for requests to a chat page's content script: utils/messaging/page-handlers.ts
 * (the content script) answers through it; utils/messaging/page-client.ts (the popup) sends with
 * `sendToContentScript` below. Every message is parsed on both ends.
 */
export const pageMessenger = defineExtensionMessaging<PageProtocol>({ logger: quietLogger });

export type PageRequestType = keyof typeof pageRequests;
/** What a sender passes. */
export type PageRequestInput<K extends PageRequestType> = z.input<(typeof pageRequests)[K]['data']>;
/** What a handler receives, after parsing. */
export type PageRequestData<K extends PageRequestType> = z.output<(typeof pageRequests)[K]['data']>;
export type PageResult<K extends PageRequestType> = z.output<(typeof pageRequests)[K]['result']>;

/**
 * The protocol schemas of one request type. The cast is sound (it is the same table entry);
 * TypeScript alone cannot relate an entry picked by a generic key to that key's z.output.
 */
export function pageRequestSchemas<K extends PageRequestType>(
  type: K,
): { data: z.ZodType<PageRequestData<K>>; result: z.ZodType<PageResult<K>> } {
  return pageRequests[type] as unknown as { data: z.ZodType<PageRequestData<K>>; result: z.ZodType<PageResult<K>> };
}

/** @webext-core's answer on the wire: the handler's result, or its serialized error. */
const wireAnswerSchema = z.union([
  z.object({ err: z.object({ message: z.string().optional() }).loose() }),
  z.object({ res: z.unknown() }),
]);

let nextMessageId = Math.floor(Math.random() * 10_000);

/**
 * Sends a page request to the content script(s) of a tab in @webext-core's wire format (message
 * `{ id, type, data, timestamp }`, answer `{ res }` or `{ err }`), through the promise form of
 * `tabs.sendMessage`. Not `pageMessenger.sendMessage`: its callback never reads
 * `runtime.lastError`, so each popup read of a tab without our content script (any other site)
 * would add "Unchecked runtime.lastError" to the extension's error list on chrome://extensions.
 * Resolves to `{ res }` or `{ err }`; rejects as Chrome does when nothing in the tab listens.
 */
export async function sendToContentScript(
  tabId: number,
  type: PageRequestType,
  data: unknown,
): Promise<{ res: unknown } | { err: string }> {
  const message = { id: nextMessageId++, type, data, timestamp: Date.now() };
  const answer = wireAnswerSchema.safeParse(await browser.tabs.sendMessage(tabId, message));
  // A listener that answered nothing (undefined) is as good as no listener.
  if (!answer.success) throw new Error('No response');
  return 'err' in answer.data ? { err: answer.data.err.message ?? 'unknown error' } : { res: answer.data.res };
}
