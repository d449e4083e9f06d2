// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../utils/schemas/settings';
import { PopupApp } from '../../../components/popup/PopupApp';
import type { PopupServices } from '../../../components/popup/popup-services';
import type { LibraryStatus } from '../../../utils/messaging/protocol';
import type { PhraseInsertResult, PhraseToInsert } from '../../../utils/page/phrase-insertion';
import type { PageThread } from '../../../utils/schemas/page-results';
import type { SuggestedProduct } from '../../../utils/schemas/product';
import type { Suggestion } from '../../../utils/schemas/suggestion';

const CHAT_TAB = 42;

const PAGE_WITH_CHAT: PageThread = {
  site: 'demo',
  hasInput: true,
  thread: {
    site: 'demo',
    conversationId: 'shipping',
    messages: [
      { role: 'system', text: '买家已付款' },
      { role: 'buyer', text: '亲，款付好了，今天能发出吗？', id: 'm1' },
    ],
  },
};

const SHIP_TODAY: Suggestion = {
  phraseUid: 'default-zh/shipping-001',
  packId: 'default-zh',
  text: '亲，16点前付款的订单当天发出哦',
  category: 'shipping',
  score: 0.9,
  reason: { kind: 'trigger', matched: '今天能发' },
};

function status(phraseCount: number): LibraryStatus {
  return { phraseCount, packs: [], categories: [], defaultPackRemoved: false, libraryVersion: null };
}

function fakeServices(overrides: Partial<PopupServices> = {}): PopupServices {
  return {
    detached: false,
    targetTabId: vi.fn(async () => CHAT_TAB),
    readThread: vi.fn(async () => PAGE_WITH_CHAT),
    // The page's insertion path answers with the text as it went in (nothing to fill here).
    insertPhrase: vi.fn(async (_tabId: number, phrase: PhraseToInsert): Promise<PhraseInsertResult> => ({ ok: true, strategy: 'native-value-setter', text: phrase.text })),
    insertPlainText: vi.fn(async (_tabId: number, text: string): Promise<PhraseInsertResult> => ({ ok: true, strategy: 'native-value-setter', text })),
    suggest: vi.fn(async () => ({ buyerTurn: '亲，款付好了，今天能发出吗？', suggestions: [SHIP_TODAY] })),
    searchPhrases: vi.fn(async () => []),
    recordInsertion: vi.fn(async () => {}),
    getLibraryStatus: vi.fn(async () => status(120)),
    settings: vi.fn(async () => DEFAULT_SETTINGS),
    restoreDefaultPack: vi.fn(async () => status(120)),
    openDemo: vi.fn(async () => {}),
    openDetached: vi.fn(async () => {}),
    closePopup: vi.fn(),
    ...overrides,
  };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the popup beside a chat', () => {
  it("suggests replies to the buyer's latest message, with focus on the first one", async () => {
    const services = fakeServices();
    render(<PopupApp services={services} />);
    const suggestion = await screen.findByTestId('suggestion');
    expect(suggestion.dataset.category).toBe('shipping');
    expect(screen.getByTestId('buyer-turn').textContent).toContain('今天能发出吗');
    expect(services.suggest).toHaveBeenCalledWith(PAGE_WITH_CHAT.thread);
    await waitFor(() => expect(document.activeElement).toBe(within(suggestion).getByTestId('insert-suggestion')));
  });

  it('inserts into the chat tab on key 1 for the page to count the use, confirms, and closes so the agent can press send', async () => {
    const services = fakeServices();
    render(<PopupApp services={services} />);
    await screen.findByTestId('suggestion');
    await act(async () => {
      fireEvent.keyDown(document.activeElement!, { key: '1' });
    });
    // The phrase as written goes along with its uid and category: the page fills it, counts the
    // use and watches whether the agent sends, edits or deletes it.
    expect(services.insertPhrase).toHaveBeenCalledWith(CHAT_TAB, { text: SHIP_TODAY.text, phraseUid: SHIP_TODAY.phraseUid, category: 'shipping' });
    // Counted once, by the page: the popup must not count it again.
    expect(services.recordInsertion).not.toHaveBeenCalled();
    expect(screen.getByTestId('insert-status').dataset.status).toBe('ok');
    await waitFor(() => expect(services.closePopup).toHaveBeenCalled());
  });

  it('stays open and explains when the chat has no input to insert into', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    try {
      const toBuyer: Suggestion = { ...SHIP_TODAY, text: '{买家}，16点前付款的订单当天发出哦' };
      const services = fakeServices({
        suggest: vi.fn(async () => ({ buyerTurn: '亲，款付好了，今天能发出吗？', suggestions: [toBuyer] })),
        // The page filled {买家} from the conversation it shows, then found no reply box.
        insertPhrase: vi.fn(async (): Promise<PhraseInsertResult> => ({ ok: false, reason: 'no-input', text: '亲，16点前付款的订单当天发出哦' })),
      });
      render(<PopupApp services={services} />);
      fireEvent.click(within(await screen.findByTestId('suggestion')).getByTestId('insert-suggestion'));
      await waitFor(() => expect(screen.getByTestId('insert-status').dataset.status).toBe('no-input'));
      expect(services.insertPhrase).toHaveBeenCalledWith(CHAT_TAB, { text: toBuyer.text, phraseUid: toBuyer.phraseUid, category: 'shipping' });
      expect(services.recordInsertion).not.toHaveBeenCalled();
      expect(services.closePopup).not.toHaveBeenCalled();
      // The reply offered for copying is the one the page filled, not the raw phrase.
      await act(async () => screen.getByRole('button', { name: '复制话术' }).click());
      expect(writeText).toHaveBeenCalledWith('亲，16点前付款的订单当天发出哦');
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('shows 未识别到聊天窗口 with search and the demo link when the tab has no chat', async () => {
    const services = fakeServices({ readThread: vi.fn(() => Promise.reject(new Error('Receiving end does not exist'))) });
    render(<PopupApp services={services} />);
    const state = await screen.findByTestId('state-no-chat');
    expect(screen.getByTestId('library-search')).toBeTruthy();
    expect(screen.getAllByTestId('open-demo')).toHaveLength(1);
    fireEvent.click(within(state).getByTestId('open-demo'));
    expect(services.openDemo).toHaveBeenCalled();
  });

  it('offers 恢复默认话术 when the library is empty, then suggests from the restored pack', async () => {
    const getLibraryStatus = vi.fn(async () => status(0));
    const services = fakeServices({
      getLibraryStatus,
      restoreDefaultPack: vi.fn(async () => {
        getLibraryStatus.mockResolvedValue(status(120));
        return status(120);
      }),
    });
    render(<PopupApp services={services} />);
    const empty = await screen.findByTestId('state-library-empty');
    expect(screen.queryByTestId('suggestion')).toBeNull();
    await act(async () => within(empty).getByRole('button', { name: '恢复默认话术' }).click());
    expect(services.restoreDefaultPack).toHaveBeenCalled();
    expect(await screen.findByTestId('suggestion')).toBeTruthy();
    expect(screen.queryByTestId('state-library-empty')).toBeNull();
  });

  it('focuses the search box on /', async () => {
    render(<PopupApp services={fakeServices()} />);
    await screen.findByTestId('suggestion');
    fireEvent.keyDown(document.activeElement!, { key: '/' });
    expect(document.activeElement).toBe(screen.getByTestId('library-search'));
  });

  it('opens itself in a window bound to the chat tab', async () => {
    const services = fakeServices();
    render(<PopupApp services={services} />);
    await screen.findByTestId('suggestion');
    await act(async () => screen.getByTestId('open-detached').click());
    expect(services.openDetached).toHaveBeenCalledWith(CHAT_TAB);
  });

  it('picks up a new buyer message while it stays open', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const readThread = vi.fn(async () => PAGE_WITH_CHAT);
    const services = fakeServices({ detached: true, readThread });
    render(<PopupApp services={services} />);
    await screen.findByTestId('suggestion');
    expect(services.suggest).toHaveBeenCalledTimes(1);
    const thread = PAGE_WITH_CHAT.thread!;
    readThread.mockResolvedValue({
      ...PAGE_WITH_CHAT,
      thread: { ...thread, messages: [...thread.messages, { role: 'buyer', text: '能发顺丰吗', id: 'm2' }] },
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    expect(services.suggest).toHaveBeenCalledTimes(2);
  });

  it('asks again when only the chat’s product changed (the client’s panel switched items), not otherwise', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const thread = { ...PAGE_WITH_CHAT.thread!, product: { title: '电热水壶 1.5L' } };
    const readThread = vi.fn(async (): Promise<PageThread> => ({ ...PAGE_WITH_CHAT, thread }));
    const services = fakeServices({ detached: true, readThread });
    render(<PopupApp services={services} />);
    await screen.findByTestId('suggestion');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    expect(services.suggest).toHaveBeenCalledTimes(1);

    readThread.mockResolvedValue({ ...PAGE_WITH_CHAT, thread: { ...thread, product: { title: '儿童保温杯 316不锈钢' } } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    expect(services.suggest).toHaveBeenCalledTimes(2);
    expect(services.suggest).toHaveBeenLastCalledWith(expect.objectContaining({ product: { title: '儿童保温杯 316不锈钢' } }));
  });
});

const KETTLE: SuggestedProduct = {
  uid: 'team/电热水壶 1.5L',
  name: '电热水壶 1.5L',
  sku: '白色',
  facts: [
    { name: '功率', value: '1800W' },
    { name: '材质', value: '304 不锈钢内胆' },
  ],
  showFacts: true,
};
const HOLDING: Suggestion = { ...SHIP_TODAY, phraseUid: 'team/holding-001', packId: 'team', text: '亲，我帮您核实一下，请稍等～', category: 'product' };

describe('the popup’s facts card for the chat’s product', () => {
  it('shows the product and, when no phrase answers the question, its facts open; a click puts the fact in at the caret as plain text', async () => {
    const services = fakeServices({ suggest: vi.fn(async () => ({ buyerTurn: '保修多久', suggestions: [HOLDING], product: KETTLE })) });
    render(<PopupApp services={services} />);
    const card = await screen.findByTestId('facts-card');
    expect(screen.getByTestId('product-chip').textContent).toContain('电热水壶 1.5L');
    expect(screen.getByTestId('product-chip').textContent).toContain('白色');
    const facts = within(card).getAllByTestId('facts-card-fact');
    expect(facts.map((fact) => fact.textContent)).toEqual(['功率1800W', '材质304 不锈钢内胆']);
    await act(async () => {
      fireEvent.click(facts[1]!);
    });
    expect(services.insertPlainText).toHaveBeenCalledWith(CHAT_TAB, '304 不锈钢内胆');
    // A fact is no phrase: nothing is counted as a phrase use.
    expect(services.insertPhrase).not.toHaveBeenCalled();
    expect(services.recordInsertion).not.toHaveBeenCalled();
    expect(screen.getByTestId('insert-status').dataset.status).toBe('ok');
    await waitFor(() => expect(services.closePopup).toHaveBeenCalled());
  });

  it('keeps the card closed when a phrase answers, and opens it on the toggle', async () => {
    const services = fakeServices({ suggest: vi.fn(async () => ({ buyerTurn: '保修多久', suggestions: [HOLDING], product: { ...KETTLE, showFacts: false } })) });
    render(<PopupApp services={services} />);
    const toggle = await screen.findByTestId('facts-card-toggle');
    expect(screen.queryByTestId('facts-card')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    // The popup has no Alt+P: its toggle announces none.
    expect(toggle.getAttribute('aria-keyshortcuts')).toBeNull();
    expect(toggle.title).toBe('商品参数：点一项插入到输入框光标处');
    await act(async () => {
      fireEvent.click(toggle);
    });
    expect(within(screen.getByTestId('facts-card')).getAllByTestId('facts-card-fact')).toHaveLength(2);
  });

  it('says why a fact did not go in, and stays open', async () => {
    const services = fakeServices({
      suggest: vi.fn(async () => ({ buyerTurn: '保修多久', suggestions: [HOLDING], product: KETTLE })),
      insertPlainText: vi.fn(async (_tabId: number, text: string): Promise<PhraseInsertResult> => ({ ok: false, reason: 'no-input', text })),
    });
    render(<PopupApp services={services} />);
    const [first] = within(await screen.findByTestId('facts-card')).getAllByTestId('facts-card-fact');
    await act(async () => {
      fireEvent.click(first!);
    });
    expect(screen.getByTestId('insert-status').dataset.status).toBe('no-input');
    expect(services.closePopup).not.toHaveBeenCalled();
  });

  it('shows no product when the library recognised none', async () => {
    render(<PopupApp services={fakeServices()} />);
    await screen.findByTestId('suggestion');
    expect(screen.queryByTestId('product-chip')).toBeNull();
  });
});
