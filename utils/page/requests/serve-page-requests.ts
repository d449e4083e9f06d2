import { browser } from 'wxt/browser';
import { answerPageRequest, parsePageRequestData } from './answer-page-request';
import { createDemoBridgeListener, type BridgeSender } from '../../messaging/demo-bridge';
import {
  declineInsertDelay,
  openConversationAnswerDelay,
  pageHealthAnswerDelay,
  readDraftAnswerDelay,
  readThreadAnswerDelay,
  shouldInsertHere,
  structureAnswerDelay,
  type FrameFacts,
} from './frame-policy';
import { pageMessenger, type PageResult } from '../../messaging/page-messenger';
import type { PageSession } from '../page-session';
import type { InsertPhrase } from '../phrase-insertion';
import type { FirstSuggestionResult, PageThread } from '../../schemas/page-results';

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function frameFacts(doc: Document): FrameFacts {
  const view = doc.defaultView;
  return {
    // Comparing window identities works across origins, unlike reading anything of the parent.
    isTopFrame: !view || view.top === view,
    hasChildFrames: doc.querySelector('iframe, frame') !== null,
  };
}

/**
 * The content script answers `readThread`, `insertPhrase`, `insertPlainText` and `readDraft` from the popup,
 * `insertFirstSuggestion` from the worker's shortcut and `openConversation` from the worker's waiting
 * queue (all sent with `tabs.sendMessage`). Data
 * is parsed with the protocol schemas before anything runs, and only our own extension is heard.
 * When several frames of the tab run the content script, the frame policy decides who answers
 * first and who inserts (utils/page/requests/frame-policy.ts).
 * `insertPhrase` is the page's one insertion path, for the popup's phrases and facts and the shortcut's.
 * Returns a function that stops answering; call it on `ctx.onInvalidated`.
 */
export function servePageRequests(
  session: PageSession,
  insertPhrase: InsertPhrase,
  doc: Document = document,
): () => void {
  const stopped = new AbortController();
  const fromOurExtension = (sender: { id?: string }): boolean => sender.id === browser.runtime.id;

  const removeReadThread = pageMessenger.onMessage('readThread', async (message): Promise<PageThread> => {
    if (!fromOurExtension(message.sender)) throw new Error('readThread: sender is not this extension');
    const answer = await answerPageRequest(session, 'readThread', message.data, insertPhrase);
    await sleep(readThreadAnswerDelay(answer, frameFacts(doc)), stopped.signal);
    return answer;
  });

  /** Only the frame the agent works in inserts; the others decline after it had time to answer. */
  async function declineUnlessInsertingHere(): Promise<boolean> {
    const frame = frameFacts(doc);
    if (shouldInsertHere(session.inputState(), frame)) return false;
    await sleep(declineInsertDelay(frame), stopped.signal);
    return true;
  }

  const removeInsertPhrase = pageMessenger.onMessage('insertPhrase', async (message): Promise<PageResult<'insertPhrase'>> => {
    if (!fromOurExtension(message.sender)) throw new Error('insertPhrase: sender is not this extension');
    // Refused the same in every frame when malformed, before any frame decides to insert.
    const data = parsePageRequestData('insertPhrase', message.data);
    if (await declineUnlessInsertingHere()) return { ok: false, reason: 'no-input', text: data.text };
    return answerPageRequest(session, 'insertPhrase', data, insertPhrase);
  });

  // Products: a fact from the popup's facts card, plain text through the same insertion path.
  const removeInsertPlainText = pageMessenger.onMessage('insertPlainText', async (message): Promise<PageResult<'insertPlainText'>> => {
    if (!fromOurExtension(message.sender)) throw new Error('insertPlainText: sender is not this extension');
    const data = parsePageRequestData('insertPlainText', message.data);
    if (await declineUnlessInsertingHere()) return { ok: false, reason: 'no-input', text: data.text };
    return answerPageRequest(session, 'insertPlainText', data, insertPhrase);
  });

  // Keyboard commands: the insert-first-suggestion shortcut, sent by the worker (utils/worker/listen-for-commands.ts).
  const removeInsertFirst = pageMessenger.onMessage('insertFirstSuggestion', async (message): Promise<FirstSuggestionResult> => {
    if (!fromOurExtension(message.sender)) throw new Error('insertFirstSuggestion: sender is not this extension');
    const data = parsePageRequestData('insertFirstSuggestion', message.data);
    if (await declineUnlessInsertingHere()) return { ok: false, reason: 'no-input' };
    return answerPageRequest(session, 'insertFirstSuggestion', data, insertPhrase);
  });

  // Wording checks: the popup's 检查话术 reads the draft; the frame with the reply box answers first.
  const removeReadDraft = pageMessenger.onMessage('readDraft', async (message) => {
    if (!fromOurExtension(message.sender)) throw new Error('readDraft: sender is not this extension');
    const answer = await answerPageRequest(session, 'readDraft', message.data, insertPhrase);
    await sleep(readDraftAnswerDelay(answer, frameFacts(doc)), stopped.signal);
    return answer;
  });

  // Waiting queue: open one buyer's conversation by clicking its row; the frame with the list answers first.
  const removeOpenConversation = pageMessenger.onMessage('openConversation', async (message): Promise<PageResult<'openConversation'>> => {
    if (!fromOurExtension(message.sender)) throw new Error('openConversation: sender is not this extension');
    const answer = await answerPageRequest(session, 'openConversation', message.data, insertPhrase);
    await sleep(openConversationAnswerDelay(answer, frameFacts(doc)), stopped.signal);
    return answer;
  });

  // Page health: the popup's 页面结构可能已变化 and 导出页面结构; the frame showing the chat answers first.
  const removeReadPageHealth = pageMessenger.onMessage('readPageHealth', async (message) => {
    if (!fromOurExtension(message.sender)) throw new Error('readPageHealth: sender is not this extension');
    const answer = await answerPageRequest(session, 'readPageHealth', message.data, insertPhrase);
    await sleep(pageHealthAnswerDelay(answer, frameFacts(doc)), stopped.signal);
    return answer;
  });
  const removeExportStructure = pageMessenger.onMessage('exportPageStructure', async (message) => {
    if (!fromOurExtension(message.sender)) throw new Error('exportPageStructure: sender is not this extension');
    const answer = await answerPageRequest(session, 'exportPageStructure', message.data, insertPhrase);
    await sleep(structureAnswerDelay(answer, frameFacts(doc)), stopped.signal);
    return answer;
  });

  // Selector overrides: the console's 试一试; the frame that shows the conversation answers first.
  const removeTrySiteOverride = pageMessenger.onMessage('trySiteOverride', async (message) => {
    if (!fromOurExtension(message.sender)) throw new Error('trySiteOverride: sender is not this extension');
    const answer = await answerPageRequest(session, 'trySiteOverride', message.data, insertPhrase);
    const asThread = { site: answer.site, hasInput: answer.found.input, thread: answer.thread };
    await sleep(readThreadAnswerDelay(asThread, frameFacts(doc)), stopped.signal);
    return answer;
  });

  return () => {
    stopped.abort();
    removeOpenConversation();
    removeReadPageHealth();
    removeExportStructure();
    removeTrySiteOverride();
    removeReadThread();
    removeInsertPhrase();
    removeInsertPlainText();
    removeReadDraft();
    removeInsertFirst();
  };
}

/**
 * The demo page (an extension page, which `tabs.sendMessage` cannot reach) answers the same two
 * requests over its own `runtime.onMessage` channel, only when the popup addressed its tab.
 * Returns a function that stops answering.
 */
export function serveDemoPageRequests(session: PageSession, insertPhrase: InsertPhrase): () => void {
  let ownTabId: number | undefined;
  const lookup = browser.tabs
    .getCurrent()
    .then((tab) => (ownTabId = tab?.id))
    .catch(() => (ownTabId = undefined));
  let known = false;
  void lookup.finally(() => (known = true));

  const extensionOrigin = browser.runtime.getURL('/');
  const listener = createDemoBridgeListener({
    ownTabId: () => (known ? ownTabId : lookup),
    isTrustedSender: (sender: BridgeSender) => sender.id === browser.runtime.id && (sender.url ?? '').startsWith(extensionOrigin),
    answer: (type, data) => answerPageRequest(session, type, data, insertPhrase),
  });
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
