import { browser } from 'wxt/browser';
import { z } from 'zod';
import { demoBridgeAnswerSchema, demoBridgeRequest } from './demo-bridge';
import {
  pageRequestSchemas,
  sendToContentScript,
  type PageRequestInput,
  type PageRequestType,
  type PageResult,
} from './page-messenger';

/** Nothing in the tab answered: no content script (not a client page, or opened before install) and not the demo page. */
export class NoChatPageError extends Error {
  override readonly name = 'NoChatPageError';
  constructor(tabId: number) {
    super(`未识别到聊天窗口（标签页 ${tabId}） / no chat page answered in tab ${tabId}`);
  }
}

/** The page answered something that does not fit the protocol (e.g. a content script of an older build). */
export class InvalidPageAnswerError extends Error {
  override readonly name = 'InvalidPageAnswerError';
  constructor(type: string, error: z.ZodError) {
    super(`页面对 "${type}" 的回答不符合协议 / the page's answer to "${type}" does not fit the protocol:\n${z.prettifyError(error)}`);
  }
}

/** The page received the request and refused it (its error message, e.g. an InvalidPageRequestError). */
export class PageRequestFailedError extends Error {
  override readonly name = 'PageRequestFailedError';
}

/**
 * Longer than the slowest honest answer: a frame that will not insert waits 1.5 s before saying
 * so (utils/page/requests/frame-policy.ts), and an editor may take a frame to render.
 */
const ANSWER_TIMEOUT_MS = 4000;

/**
 * How Chrome says that nobody answered: no content script in the tab ("Receiving end does not
 * exist"), or none of its listeners answered ("No response", "message port closed").
 */
const NO_RECEIVER = /no response|receiving end does not exist|could not establish connection|message port closed|no listeners/i;

const TIMED_OUT = Symbol('timed out');

function withTimeout<T>(promise: Promise<T>): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ANSWER_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const NOBODY = Symbol('nobody answered');

async function askContentScript(tabId: number, type: PageRequestType, data: unknown, frameId?: number): Promise<unknown> {
  try {
    const answer = await withTimeout(sendToContentScript(tabId, type, data, frameId));
    if (answer === TIMED_OUT) return NOBODY;
    if ('err' in answer) throw new PageRequestFailedError(answer.err);
    return answer.res;
  } catch (error) {
    if (error instanceof PageRequestFailedError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (NO_RECEIVER.test(message)) return NOBODY;
    throw new PageRequestFailedError(message);
  }
}

async function askDemoPage(tabId: number, type: PageRequestType, data: unknown): Promise<unknown> {
  let raw: unknown;
  try {
    const answer = await withTimeout(browser.runtime.sendMessage(demoBridgeRequest(tabId, type, data)));
    if (answer === TIMED_OUT) return NOBODY;
    raw = answer;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (NO_RECEIVER.test(message)) return NOBODY;
    throw new PageRequestFailedError(message);
  }
  // Some other extension page may have answered the broadcast: only a bridge answer counts.
  const parsed = demoBridgeAnswerSchema.safeParse(raw);
  if (!parsed.success) return NOBODY;
  if (!parsed.data.ok) throw new PageRequestFailedError(parsed.data.error);
  return parsed.data.result;
}

type DataArgument<K extends PageRequestType> =
  undefined extends PageRequestInput<K> ? [data?: PageRequestInput<K>] : [data: PageRequestInput<K>];

/**
 * Asks the chat page in tab `tabId` (for the popup): the content script first, then — since
 * `tabs.sendMessage` cannot reach extension pages — the demo page's bridge. The answer is
 * parsed with the protocol's result schema. Rejects with NoChatPageError when nothing in the
 * tab answers (the popup shows 未识别到聊天窗口), InvalidPageAnswerError for an off-protocol
 * answer, PageRequestFailedError when the page refused the request.
 */
export function callPage<K extends PageRequestType>(tabId: number, type: K, ...[data]: DataArgument<K>): Promise<PageResult<K>> {
  return callPageIn({ tabId }, type, data as PageRequestInput<K>);
}

/** Where a page request goes: a tab, and within it one frame (else every frame of the tab). */
export interface PageTarget {
  tabId: number;
  frameId?: number;
}

/**
 * `callPage` for one frame of the tab when `frameId` is given: the worker's waiting queue asks the
 * frame whose conversation list it read (on 千牛 the list may be in a frame of its own). The demo
 * page, which has no frames of ours, is asked as with `callPage`.
 */
export async function callPageIn<K extends PageRequestType>(target: PageTarget, type: K, data: PageRequestInput<K>): Promise<PageResult<K>> {
  const { tabId, frameId } = target;
  const schemas = pageRequestSchemas(type);
  // Our own bug, not the page's: refuse before sending anything.
  const request = z.parse(schemas.data, data);
  let answer = await askContentScript(tabId, type, request, frameId);
  if (answer === NOBODY) answer = await askDemoPage(tabId, type, request);
  if (answer === NOBODY) throw new NoChatPageError(tabId);
  const parsed = z.safeParse(schemas.result, answer);
  if (!parsed.success) throw new InvalidPageAnswerError(type, parsed.error);
  return parsed.data;
}
