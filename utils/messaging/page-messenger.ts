import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { pageRequests } from './page-protocol';
import { defineTypedMessenger, type RequestData, type RequestInput, type RequestResult } from './typed-messenger';

/**
 * Requests to a chat page's content script: utils/page/requests/serve-page-requests.ts (the
 * content script) answers through it; page-client.ts (the popup, the worker) sends with
 * `sendToContentScript` below. Every message is parsed on both ends.
 */
const page = defineTypedMessenger(pageRequests);
export const pageMessenger = page.messenger;
export const pageRequestSchemas = page.schemas;

type Table = typeof pageRequests;
export type PageRequestType = keyof Table;
export type PageRequestInput<K extends PageRequestType> = RequestInput<Table, K>;
export type PageRequestData<K extends PageRequestType> = RequestData<Table, K>;
export type PageResult<K extends PageRequestType> = RequestResult<Table, K>;

/** @webext-core's answer on the wire: the handler's result, or its serialized error. */
const wireAnswerSchema = z.union([
  z.object({ err: z.looseObject({ message: z.optional(z.string()) }) }),
  z.object({ res: z.unknown() }),
]);

let nextMessageId = Math.floor(Math.random() * 10_000);

/**
 * Sends a page request to the content script(s) of a tab in @webext-core's wire format (message
 * `{ id, type, data, timestamp }`, answer `{ res }` or `{ err }`), through the promise form of
 * `tabs.sendMessage`. Not `pageMessenger.sendMessage`: its callback never reads
 * `runtime.lastError`, so each popup read of a tab without our content script (any other site)
 * would add "Unchecked runtime.lastError" to the extension's error list on chrome://extensions.
 * Resolves to `{ res }` or `{ err }`; rejects as Chrome does when nothing in the tab (or the frame
 * `frameId`) listens.
 */
export async function sendToContentScript(
  tabId: number,
  type: PageRequestType,
  data: unknown,
  frameId?: number,
): Promise<{ res: unknown } | { err: string }> {
  const message = { id: nextMessageId++, type, data, timestamp: Date.now() };
  // One frame when named (the waiting queue's list frame on 千牛), else every frame of the tab.
  const sent = frameId === undefined ? browser.tabs.sendMessage(tabId, message) : browser.tabs.sendMessage(tabId, message, { frameId });
  const answer = wireAnswerSchema.safeParse(await sent);
  // A listener that answered nothing (undefined) is as good as no listener.
  if (!answer.success) throw new Error('No response');
  return 'err' in answer.data ? { err: answer.data.err.message ?? 'unknown error' } : { res: answer.data.res };
}
