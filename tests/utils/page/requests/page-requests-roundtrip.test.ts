// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPhraseInsertion } from '../../../../utils/page/phrase-insertion';
import { DEFAULT_SETTINGS } from '../../../../utils/schemas/settings';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { callPage, NoChatPageError } from '../../../../utils/messaging/page-client';
import { serveDemoPageRequests, servePageRequests } from '../../../../utils/page/requests/serve-page-requests';
import { sendToContentScript } from '../../../../utils/messaging/page-messenger';
import { backgroundRequestsFromPages } from '../../../../utils/messaging/page-protocol';
import { startPageSession, type PageSession } from '../../../../utils/page/page-session';
import { demoAdapter } from '../../../../utils/sites/demo-adapter';
import { genericAdapter } from '../../../../utils/sites/generic-adapter';
import { loadFixturePage } from '../../../fixtures/pages/load-fixture-page';

/**
 * The popup and a chat page talking through a stand-in for Chrome's message routing: every
 * listener hears the message, the first `sendResponse` is the answer, and when no listener
 * will answer the sender gets `undefined` (Chrome: "Receiving end does not exist").
 */
type Sender = { id?: string; url?: string; tab?: { id: number } };
type RawListener = (message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => boolean | undefined;

function deliver(message: unknown, sender: Sender): Promise<unknown> {
  return new Promise((resolve) => {
    let answered = false;
    const sendResponse = (answer: unknown) => {
      if (answered) return;
      answered = true;
      resolve(answer);
    };
    const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (...args: unknown[]) => Promise<unknown[]>;
    void trigger(message, sender, sendResponse).then((returned) => {
      if (!answered && !returned.includes(true)) resolve(undefined);
    });
  });
}

/** The fake browser leaves sendMessage unimplemented; the tests route it themselves. */
type WithSendMessage = { sendMessage: (...args: unknown[]) => unknown };

const EXTENSION_ID = fakeBrowser.runtime.id;
const POPUP_URL = fakeBrowser.runtime.getURL('/popup.html');

/** Which tabs run our content script (a seller client page) in this test. */
let tabsWithContentScript: Set<number>;

beforeEach(() => {
  fakeBrowser.reset();
  tabsWithContentScript = new Set();
  // The popup uses the promise form, which rejects like Chrome when no content script listens.
  vi.spyOn(fakeBrowser.tabs as unknown as WithSendMessage, 'sendMessage').mockImplementation(async (...args: unknown[]) => {
    const [tabId, message] = args as [number, unknown];
    if (!tabsWithContentScript.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
    return deliver(message, { id: EXTENSION_ID, url: POPUP_URL });
  });
  vi.spyOn(fakeBrowser.runtime as unknown as WithSendMessage, 'sendMessage').mockImplementation((...args: unknown[]) =>
    deliver(args[0], { id: EXTENSION_ID, url: POPUP_URL }),
  );
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The page's one insertion path, with the agent's default settings and no use counting. */
function insertionFor(session: PageSession) {
  return createPhraseInsertion({ session, loadSettings: async () => DEFAULT_SETTINGS, outcomes: undefined, recordInsertion: async () => undefined, onError: () => undefined });
}

describe('the popup and a seller chat page with the content script', () => {
  const CHAT_TAB = 41;
  let session: PageSession;
  let stopServing: () => void;

  beforeEach(() => {
    loadFixturePage('generic-chat.html');
    tabsWithContentScript.add(CHAT_TAB);
    session = startPageSession({ adapter: genericAdapter, doc: document });
    stopServing = servePageRequests(session, insertionFor(session), document);
  });
  afterEach(() => {
    stopServing();
    session.stop();
  });

  it('reads the open conversation', async () => {
    const page = await callPage(CHAT_TAB, 'readThread');
    expect(page.site).toBe('generic');
    expect(page.hasInput).toBe(true);
    expect(page.thread?.messages.at(-1)).toEqual({ role: 'buyer', text: '这个颜色显黑吗[捂脸]', id: '1005' });
  });

  it('carries the conversation’s product through the answer, and on into the worker’s suggest request unchanged', async () => {
    const page = await callPage(CHAT_TAB, 'readThread');
    expect(page.thread?.product).toEqual({ title: '法式碎花连衣裙 夏季新款' });
    const request = backgroundRequestsFromPages.suggest.data.parse({ thread: page.thread, limit: 3 });
    expect(request.thread.product).toEqual({ title: '法式碎花连衣裙 夏季新款' });
  });

  it('fills the reply box and never sends', async () => {
    const reply = document.querySelector<HTMLTextAreaElement>('textarea.reply-editor');
    let sends = 0;
    document.querySelector('.reply-send')?.addEventListener('click', () => (sends += 1));
    expect(await callPage(CHAT_TAB, 'insertPhrase', { text: '亲，这款是显白的颜色哦', phraseUid: 'default-zh:product-001', category: 'product' })).toEqual({
      ok: true,
      strategy: 'native-value-setter',
      text: '亲，这款是显白的颜色哦',
    });
    expect(reply?.value).toBe('亲，这款是显白的颜色哦');
    expect(sends).toBe(0);
  });

  it('puts a fact from the popup’s facts card in where the agent’s caret was', async () => {
    const reply = document.querySelector<HTMLTextAreaElement>('textarea.reply-editor')!;
    reply.focus();
    reply.value = '亲，材质是，放心';
    reply.setSelectionRange(5, 5);
    // The agent's caret, as the page session notices it (jsdom fires no selectionchange).
    reply.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    reply.blur();
    expect(await callPage(CHAT_TAB, 'insertPlainText', { text: '316 不锈钢内胆' })).toMatchObject({ ok: true, text: '316 不锈钢内胆' });
    expect(reply.value).toBe('亲，材质是316 不锈钢内胆，放心');
  });

  it('refuses a malformed request that got past the popup, and inserts nothing', async () => {
    await expect(sendToContentScript(CHAT_TAB, 'insertPhrase', { text: 7 })).resolves.toEqual({
      err: expect.stringMatching(/insertPhrase.*does not fit the protocol/s),
    });
    expect(document.querySelector<HTMLTextAreaElement>('textarea.reply-editor')?.value).toBe('');
  });

  it('opens nothing for the waiting queue where the adapter reads no conversation list', async () => {
    expect(await callPage(CHAT_TAB, 'openConversation', { key: '小橙子2024' })).toEqual({ opened: false });
  });

  it('no longer answers once the content script is stopped (extension updated)', async () => {
    stopServing();
    await expect(callPage(CHAT_TAB, 'readThread')).rejects.toBeInstanceOf(NoChatPageError);
  });
});

describe('the worker’s waiting queue and a chat page whose adapter reads its list', () => {
  const CHAT_TAB = 43;

  it('opens the buyer’s conversation with one click on their row, and only theirs', async () => {
    loadFixturePage('generic-chat.html');
    tabsWithContentScript.add(CHAT_TAB);
    const row = document.createElement('div');
    row.textContent = '路过的猫';
    document.body.append(row);
    let clicks = 0;
    row.addEventListener('click', () => (clicks += 1));
    const adapter = { ...genericAdapter, findConversationRow: (_doc: Document, key: string) => (key === '路过的猫' ? row : null) };
    const session = startPageSession({ adapter, doc: document });
    const stop = servePageRequests(session, insertionFor(session), document);
    try {
      expect(await callPage(CHAT_TAB, 'openConversation', { key: '路过的猫' })).toEqual({ opened: true });
      expect(await callPage(CHAT_TAB, 'openConversation', { key: '别人' })).toEqual({ opened: false });
      expect(clicks).toBe(1);
    } finally {
      stop();
      session.stop();
    }
  });
});

describe('a content script only listens to its own extension', () => {
  it('refuses a request that claims to come from elsewhere', async () => {
    loadFixturePage('generic-chat.html');
    const session = startPageSession({ adapter: genericAdapter, doc: document });
    const stop = servePageRequests(session, insertionFor(session), document);
    const answer = await deliver(
      { id: 1, type: 'insertPhrase', data: { text: '加我微信', phraseUid: 'x:1', category: 'greeting' }, timestamp: Date.now() },
      { id: 'another-extension' },
    );
    expect(answer).toMatchObject({ err: { message: expect.stringContaining('not this extension') } });
    expect(document.querySelector<HTMLTextAreaElement>('textarea.reply-editor')?.value).toBe('');
    stop();
    session.stop();
  });
});

describe('the popup and the demo page (an extension page in a tab)', () => {
  const DEMO_TAB = 7;
  let session: PageSession;
  let stopServing: () => void;

  beforeEach(() => {
    loadFixturePage('demo-chat.html');
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue({ id: DEMO_TAB } as never);
    session = startPageSession({ adapter: demoAdapter, doc: document });
    stopServing = serveDemoPageRequests(session, insertionFor(session));
  });
  afterEach(() => {
    stopServing();
    session.stop();
  });

  it('reaches the demo page through its bridge when no content script answers', async () => {
    const page = await callPage(DEMO_TAB, 'readThread');
    expect(page.site).toBe('demo');
    expect(page.thread?.conversationId).toBe('bargaining');
    expect(await callPage(DEMO_TAB, 'insertPhrase', { text: '两个一起拍给您包邮哦', phraseUid: 'default-zh:bargaining-001', category: 'bargaining' })).toEqual({
      ok: true,
      strategy: 'native-value-setter',
      text: '两个一起拍给您包邮哦',
    });
    expect(document.querySelector<HTMLTextAreaElement>('#demo-reply-input')?.value).toBe('两个一起拍给您包邮哦');
  });

  it('puts a fact from the popup’s facts card into the demo’s reply box, through the bridge', async () => {
    expect(await callPage(DEMO_TAB, 'insertPlainText', { text: '整机保修一年' })).toMatchObject({ ok: true, text: '整机保修一年' });
    expect(document.querySelector<HTMLTextAreaElement>('#demo-reply-input')?.value).toBe('整机保修一年');
  });

  it('says "no chat page" for a tab that is neither a client page nor the demo page', async () => {
    await expect(callPage(99, 'readThread')).rejects.toBeInstanceOf(NoChatPageError);
    await expect(callPage(99, 'readThread')).rejects.toThrow('未识别到聊天窗口');
  });

  it('passes on the demo page’s refusal of a malformed request', async () => {
    const answer = await deliver({ channel: 'huashu:demo-page', tabId: DEMO_TAB, request: { type: 'insertPhrase', data: { text: '' } } }, { id: EXTENSION_ID, url: POPUP_URL });
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('does not fit the protocol') });
    expect(document.querySelector<HTMLTextAreaElement>('#demo-reply-input')?.value).toBe('');
  });
});
