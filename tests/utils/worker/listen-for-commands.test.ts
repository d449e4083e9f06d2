import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { insertFirstSuggestionInTab, listenForCommands } from '../../../utils/worker/listen-for-commands';
import { readErrorLog } from '../../../utils/diagnostics/error-log';
import { DEMO_BRIDGE_CHANNEL } from '../../../utils/messaging/demo-bridge';
import { waitingQueue } from '../../../utils/worker/waiting-queue-service';

/**
 * The agent presses the insert-first-suggestion shortcut (Alt+Shift+J) on whatever tab is in
 * front. The worker asks that tab's page, through the same channels the popup uses: the content
 * script (tabs.sendMessage), else the demo page's bridge (runtime.sendMessage).
 */
const CLIENT_TAB = 7;
const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

function activeTab(id: number | undefined) {
  return vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(id === undefined ? [] : [{ id } as Browser.tabs.Tab]);
}

/** What the content script in the tab answers (@webext-core's wire format), or that nobody listens. */
function contentScript(answer: unknown | Error) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
    if (answer instanceof Error) throw answer;
    return answer;
  });
}

/** Extension pages hearing the broadcast: the demo page in `tabId`, or nobody. */
function demoPage(tabId: number | null) {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const request = message as { channel?: string; tabId?: number };
    if (tabId === null || request.channel !== DEMO_BRIDGE_CHANNEL || request.tabId !== tabId) throw NO_RECEIVER;
    return { channel: DEMO_BRIDGE_CHANNEL, ok: true, result: { ok: true, phraseUid: 'default-zh:greeting-001' } };
  });
}

describe('the insert-first-suggestion shortcut in the worker', () => {
  it('asks the chat client in the active tab to insert its first suggestion', async () => {
    activeTab(CLIENT_TAB);
    const sent = contentScript({ res: { ok: true, phraseUid: 'default-zh:greeting-001' } });
    demoPage(null);

    await expect(insertFirstSuggestionInTab()).resolves.toEqual({ ok: true, phraseUid: 'default-zh:greeting-001' });
    expect(sent).toHaveBeenCalledWith(CLIENT_TAB, expect.objectContaining({ type: 'insertFirstSuggestion' }));
  });

  it('reaches the demo page, which has no content script, through its bridge', async () => {
    activeTab(12);
    contentScript(NO_RECEIVER);
    const broadcast = demoPage(12);

    await expect(insertFirstSuggestionInTab()).resolves.toEqual({ ok: true, phraseUid: 'default-zh:greeting-001' });
    expect(broadcast).toHaveBeenCalledWith(
      expect.objectContaining({ channel: DEMO_BRIDGE_CHANNEL, tabId: 12, request: { type: 'insertFirstSuggestion', data: undefined } }),
    );
  });

  it('does nothing, quietly, on a page that is no chat (nobody answers)', async () => {
    activeTab(3);
    contentScript(NO_RECEIVER);
    demoPage(null);

    await expect(insertFirstSuggestionInTab()).resolves.toEqual({ ok: false, reason: 'no-chat-page' });
    expect(await readErrorLog()).toEqual([]);
  });

  it('does nothing when no tab is in front (all windows closed or minimised)', async () => {
    activeTab(undefined);
    const sent = contentScript(NO_RECEIVER);

    await expect(insertFirstSuggestionInTab()).resolves.toEqual({ ok: false, reason: 'no-tab' });
    expect(sent).not.toHaveBeenCalled();
  });

  it('passes on what the page said when it had nothing to insert', async () => {
    activeTab(CLIENT_TAB);
    contentScript({ res: { ok: false, reason: 'no-suggestion' } });

    await expect(insertFirstSuggestionInTab()).resolves.toEqual({ ok: false, reason: 'no-suggestion' });
  });

  it('never throws at the browser when the page fails: it answers "failed" and keeps the error for the lead’s log', async () => {
    activeTab(CLIENT_TAB);
    contentScript({ err: { message: 'TypeError: adapter broke' } });

    await expect(insertFirstSuggestionInTab()).resolves.toEqual({ ok: false, reason: 'failed' });
    await vi.waitFor(async () =>
      expect(await readErrorLog()).toEqual([expect.objectContaining({ type: 'PageRequestFailedError', context: 'background' })]),
    );
  });

  it('uses the tab the browser names with the command instead of looking one up', async () => {
    const query = activeTab(99);
    const sent = contentScript({ res: { ok: true, phraseUid: 'p1' } });

    await insertFirstSuggestionInTab(CLIENT_TAB);

    expect(query).not.toHaveBeenCalled();
    expect(sent).toHaveBeenCalledWith(CLIENT_TAB, expect.anything());
  });
});

describe('listening for the shortcut', () => {
  it('acts on its own command only (opening the popup is the browser’s)', async () => {
    let listener: ((command: string, tab?: Browser.tabs.Tab) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((added) => {
      listener = added;
    });
    const sent = contentScript({ res: { ok: true, phraseUid: 'p1' } });

    listenForCommands();
    listener?.('_execute_action', { id: CLIENT_TAB } as Browser.tabs.Tab);
    expect(sent).not.toHaveBeenCalled();
    listener?.('insert-first-suggestion', { id: CLIENT_TAB } as Browser.tabs.Tab);

    await vi.waitFor(() => expect(sent).toHaveBeenCalledWith(CLIENT_TAB, expect.objectContaining({ type: 'insertFirstSuggestion' })));
  });
});

describe('the open-longest-waiting shortcut (Alt+Shift+Q), which key events sent through CDP cannot press', () => {
  function commandListener() {
    let listener: ((command: string, tab?: Browser.tabs.Tab) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((added) => {
      listener = added;
    });
    return (command: string, tab?: Browser.tabs.Tab) => listener?.(command, tab);
  }

  it('opens the longest-waiting buyer through the queue’s one `open`, the page’s Alt+W’s, whatever tab is in front', async () => {
    const press = commandListener();
    const queue = { open: vi.fn(async () => ({ opened: true }) as const) };

    listenForCommands(queue);
    press('insert-first-suggestion', { id: CLIENT_TAB } as Browser.tabs.Tab);
    expect(queue.open).not.toHaveBeenCalled();
    press('open-longest-waiting', { id: 99 } as Browser.tabs.Tab);

    expect(queue.open).toHaveBeenCalledTimes(1);
    expect(queue.open).toHaveBeenCalledWith();
  });

  it('brings up the tab of the buyer a chat tab reported waiting longest, and asks it to open that conversation', async () => {
    const press = commandListener();
    await waitingQueue.report({ tabId: 11, windowId: 3, frameId: 0 }, { site: 'feige', entries: [{ key: 'buyer-1', name: '小王', waiting: true, source: 'client-group' }] });
    const activate = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({ id: 11, windowId: 3 } as Browser.tabs.Tab);
    const focus = vi.spyOn(fakeBrowser.windows, 'update');
    const sent = contentScript({ res: { opened: true } });

    listenForCommands();
    press('open-longest-waiting');

    await vi.waitFor(() => expect(sent).toHaveBeenCalledWith(11, expect.objectContaining({ type: 'openConversation', data: { key: 'buyer-1' } }), { frameId: 0 }));
    expect(activate).toHaveBeenCalledWith(11, { active: true });
    expect(focus).toHaveBeenCalledWith(3, { focused: true });
  });
});
