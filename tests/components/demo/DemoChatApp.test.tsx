// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../utils/schemas/settings';
import { DemoChatApp, type ConnectDemoPage } from '../../../components/demo/DemoChatApp';
import type { LibraryServices } from '../../../components/services/library-services';
import { BUYER_REPLY_DELAY_MS, createDemoPlayer, FIRST_MESSAGE_DELAY_MS, type DemoPlayer } from '../../../utils/demo/demo-player';
import { DEMO_SCENARIOS } from '../../../utils/demo/scenarios';
import { startPageSession } from '../../../utils/page/page-session';
import { createPhraseInsertion } from '../../../utils/page/phrase-insertion';
import type { Suggestion } from '../../../utils/schemas/suggestion';
import type { Thread } from '../../../utils/schemas/thread';
import { demoAdapter } from '../../../utils/sites/demo-adapter';

/** {买家} is filled from the conversation; {日期} is a blank only the agent can fill. */
const CHEAPER: Suggestion = {
  phraseUid: 'default-zh/bargaining-001',
  packId: 'default-zh',
  text: '{买家}，这款已经是活动价啦，{日期}前下单送运费险',
  category: 'bargaining',
  score: 0.8,
  reason: { kind: 'trigger', matched: '便宜点' },
};
const CHEAPER_FILLED = '晚风吹过的猫，这款已经是活动价啦，{日期}前下单送运费险';

let player: DemoPlayer;
let reportThread: (thread: Thread | null) => void;
let library: LibraryServices;
const recordInsertion = vi.fn(async (_phraseUid: string, _intent: string) => undefined);
const watchOutcome = vi.fn();
/**
 * The page's real session and insertion path on the demo's chat (the insertion chain on its
 * React textarea), with the worker's use counter and the outcome watcher as stand-ins. The
 * thread changes are reported by hand, so each test decides what the page reads.
 */
const connectPage: ConnectDemoPage = (onThreadChange) => {
  reportThread = onThreadChange;
  const session = startPageSession({ adapter: demoAdapter, doc: document });
  const insertPhrase = createPhraseInsertion({
    session,
    loadSettings: async () => DEFAULT_SETTINGS,
    recordInsertion,
    outcomes: { watch: watchOutcome },
    onError: () => undefined,
  });
  return { insertPhrase, stop: () => session.stop() };
};

function input() {
  return document.querySelector<HTMLTextAreaElement>('textarea#demo-reply-input')!;
}

function messages() {
  return Array.from(document.querySelectorAll<HTMLElement>('ol.msg-list > li.msg')).map(
    (item) => `${item.className.replace('msg msg--', '')}:${item.querySelector('.msg__text')?.textContent}`,
  );
}

async function wait(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  recordInsertion.mockClear();
  watchOutcome.mockClear();
  library = {
    suggest: vi.fn(async () => ({ buyerTurn: '在吗，这件卫衣还能再便宜点不？', suggestions: [CHEAPER] })),
    searchPhrases: vi.fn(async () => []),
    recordInsertion: vi.fn(async () => {}),
    getLibraryStatus: vi.fn(async () => ({ phraseCount: 120, packs: [], categories: [], defaultPackRemoved: false, libraryVersion: null })),
    settings: vi.fn(async () => DEFAULT_SETTINGS),
    restoreDefaultPack: vi.fn(async () => ({ phraseCount: 120, packs: [], categories: [], defaultPackRemoved: false, libraryVersion: null })),
  };
  player = createDemoPlayer(DEMO_SCENARIOS);
  player.open('bargaining');
  render(<DemoChatApp player={player} library={library} connectPage={connectPage} />);
});

afterEach(() => {
  cleanup();
  player.dispose();
  vi.useRealTimers();
});

describe('the demo seller chat', () => {
  it('looks like a seller client, in the markup the demo adapter reads', async () => {
    const items = document.querySelectorAll<HTMLElement>('.conv-item[data-conv-id]');
    expect(items.length).toBe(DEMO_SCENARIOS.length);
    expect(document.querySelector('.conv-item--active')?.getAttribute('data-conv-id')).toBe('bargaining');
    expect(items[1]?.textContent).toContain('阿杰不吃香菜');
    const header = document.querySelector('.chat-header__name')!;
    expect(header.textContent).toBe('晚风吹过的猫');
    expect(header.getAttribute('data-buyer-id')).toBe('buyer-wanfeng');
    expect(document.querySelector('button#demo-send')?.textContent).toBe('发送');

    await wait(FIRST_MESSAGE_DELAY_MS);
    const first = document.querySelector('ol.msg-list > li.msg.msg--buyer')!;
    expect(first.getAttribute('data-msg-id')).toBeTruthy();
    expect(first.querySelector('.msg__text')?.textContent).toBe('在吗，这件卫衣还能再便宜点不？');
  });

  it('sends on Enter, keeps Shift+Enter for a new line, and ignores Enter while the IME composes', async () => {
    await wait(FIRST_MESSAGE_DELAY_MS);
    fireEvent.change(input(), { target: { value: '亲，活动价' } });
    fireEvent.keyDown(input(), { key: 'Enter', isComposing: true });
    fireEvent.keyDown(input(), { key: 'Enter', keyCode: 229 });
    fireEvent.keyDown(input(), { key: 'Enter', shiftKey: true });
    expect(messages()).toHaveLength(1);
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(messages().at(-1)).toBe('agent:亲，活动价');
    expect(input().value).toBe('');
    await wait(BUYER_REPLY_DELAY_MS);
    expect(messages().at(-1)).toBe('buyer:我一次拿两件呢，老板给个优惠呗');
  });

  it('suggests for the thread the page session reads, and inserts into the React textarea ready to send', async () => {
    await wait(FIRST_MESSAGE_DELAY_MS);
    await act(async () => {
      reportThread({
        site: 'demo',
        conversationId: 'bargaining',
        buyer: { nickname: '晚风吹过的猫' },
        messages: [{ role: 'buyer', text: '在吗，这件卫衣还能再便宜点不？' }],
      });
    });
    const panel = screen.getByTestId('demo-helper');
    expect(within(panel).getByText('话术建议')).toBeTruthy();
    const suggestion = within(panel).getByTestId('suggestion');
    expect(suggestion.dataset.category).toBe('bargaining');

    await act(async () => {
      within(suggestion).getByTestId('insert-suggestion').click();
      await vi.advanceTimersByTimeAsync(0);
    });
    // Filled from the conversation the panel shows, with the blank only the agent can fill selected.
    expect(input().value).toBe(CHEAPER_FILLED);
    expect(input().value.slice(input().selectionStart, input().selectionEnd)).toBe('{日期}');
    expect(screen.getByTestId('insert-status').dataset.status).toBe('ok');
    // Counted once, and watched for whether the agent sends, edits or deletes it.
    expect(recordInsertion).toHaveBeenCalledExactlyOnceWith(CHEAPER.phraseUid, 'bargaining');
    expect(watchOutcome).toHaveBeenCalledWith({ text: CHEAPER_FILLED, phraseUid: CHEAPER.phraseUid, intent: 'bargaining' });
    expect(library.recordInsertion).not.toHaveBeenCalled();

    // React's state holds what went in: 发送 sends it.
    fireEvent.click(document.querySelector('button#demo-send')!);
    expect(messages().at(-1)).toBe(`agent:${CHEAPER_FILLED}`);
  });

  it('brings the next buyer message at once with 下一句', async () => {
    await wait(FIRST_MESSAGE_DELAY_MS);
    fireEvent.click(screen.getByTestId('next-buyer-message'));
    expect(messages()).toHaveLength(2);
  });

  it('shows how many buyers are waiting in other conversations and opens them', async () => {
    const invoice = document.querySelector<HTMLElement>('.conv-item[data-conv-id="invoice"]')!;
    expect(invoice.querySelector('.conv-item__badge')?.textContent).toBe('1');
    fireEvent.click(invoice);
    expect(invoice.classList.contains('conv-item--active')).toBe(true);
    expect(document.activeElement).toBe(input());
    await wait(FIRST_MESSAGE_DELAY_MS);
    expect(messages()).toEqual(['system:交易成功', 'buyer:你好，这单公司报销，要开增值税专用发票']);
  });

  it('opens the phrase search on / unless the agent is typing a reply', () => {
    fireEvent.keyDown(input(), { key: '/' });
    expect(document.activeElement).not.toBe(screen.getByTestId('library-search'));
    input().blur();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(screen.getByTestId('library-search'));
  });
});
