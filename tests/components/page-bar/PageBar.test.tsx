// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageBar, type PageBarProps } from '../../../components/page-bar/PageBar';
import type { BarView } from '../../../utils/page/bar/bar-model';
import type { SuggestedProduct } from '../../../utils/schemas/product';
import type { Suggestion } from '../../../utils/schemas/suggestion';

function suggestion(id: string, category: string, text: string): Suggestion {
  return { phraseUid: `default-zh/${id}`, packId: 'default-zh', text, category, score: 0.5, reason: { kind: 'trigger', matched: '' } };
}

const THREE: Suggestion[] = [
  suggestion('bargain-1', 'bargaining', '亲，这已经是活动价了，质量有保障的哦'),
  suggestion('ship-1', 'shipping', '亲，两件包邮，下单后48小时内发货'),
  suggestion('bargain-2', 'bargaining', '亲，现在领券下单更划算哦'),
];

const READY: BarView = {
  thread: { site: 'generic', messages: [{ role: 'buyer', text: '这个能便宜点吗？买两件包邮吗' }] },
  phase: 'ready',
  suggestions: THREE,
  buyerTurn: '这个能便宜点吗？买两件包邮吗',
  hidden: false,
  feedback: null,
  product: null,
  factsOpen: false,
  factsFocus: 0,
};

const CUP: SuggestedProduct = {
  uid: 'team/不锈钢保温杯 500ml',
  name: '不锈钢保温杯 500ml',
  sku: '黑色',
  facts: [
    { name: '材质', value: '316 不锈钢内胆' },
    { name: '保修', value: '整机保修一年' },
    { name: '发货地', value: '浙江金华' },
  ],
  showFacts: false,
};
const WITH_CUP: BarView = { ...READY, product: CUP };
const CUP_FACTS_OPEN: BarView = { ...READY, product: CUP, factsOpen: true };

function renderBar(overrides: Partial<PageBarProps> = {}) {
  const props: PageBarProps = {
    view: READY,
    lang: 'zh-CN',
    categories: [],
    collapsed: false,
    onInsert: vi.fn(),
    onToggleFacts: vi.fn(),
    onInsertFact: vi.fn(),
    onHide: vi.fn(),
    onToggleCollapsed: vi.fn(),
    onMove: vi.fn(),
    onMoveEnd: vi.fn(),
    onResetPosition: vi.fn(),
    onDismissFeedback: vi.fn(),
    ...overrides,
  };
  render(<PageBar {...props} />);
  return props;
}

afterEach(cleanup);

describe('the in-page suggestion bar', () => {
  it('shows the three suggestions numbered 1–3 with their category, and the buyer message they answer', () => {
    renderBar();
    const items = screen.getAllByTestId('page-bar-suggestion');
    expect(items.map((item) => item.querySelector('.hs-bar__number')?.textContent)).toEqual(['1', '2', '3']);
    expect(items.map((item) => item.querySelector('.hs-bar__category')?.textContent)).toEqual(['议价', '发货物流', '议价']);
    expect(items[1]?.textContent).toContain('两件包邮');
    expect(items[0]?.getAttribute('aria-keyshortcuts')).toBe('Alt+1');
    expect(screen.getByTestId('page-bar-buyer-turn').textContent).toContain('这个能便宜点吗');
  });

  it('inserts the phrase that is clicked', () => {
    const props = renderBar();
    fireEvent.click(screen.getAllByTestId('page-bar-suggestion')[1]!);
    expect(props.onInsert).toHaveBeenCalledWith(1);
  });

  it('keeps the caret in the chat input: no button takes focus on mousedown', () => {
    renderBar({ view: CUP_FACTS_OPEN });
    const buttons = screen.getAllByRole('button');
    expect(buttons.length).toBeGreaterThan(3);
    for (const button of buttons) {
      // fireEvent returns false when a listener called preventDefault.
      expect(fireEvent.mouseDown(button), button.textContent ?? '').toBe(false);
    }
  });

  it('is not there without a conversation, nor after the agent hid it', () => {
    renderBar({ view: { ...READY, thread: null } });
    expect(screen.queryByTestId('page-bar')).toBeNull();
    cleanup();
    renderBar({ view: { ...READY, hidden: true } });
    expect(screen.queryByTestId('page-bar')).toBeNull();
  });

  it('folds to its title and a count, and says so to assistive technology', () => {
    const props = renderBar({ collapsed: true });
    expect(screen.queryAllByTestId('page-bar-suggestion')).toHaveLength(0);
    expect(screen.getByTestId('page-bar-count').textContent).toBe('3 条');
    const toggle = screen.getByTestId('page-bar-collapse');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(props.onToggleCollapsed).toHaveBeenCalled();
  });

  it('hides with its × button', () => {
    const props = renderBar();
    fireEvent.click(screen.getByTestId('page-bar-hide'));
    expect(props.onHide).toHaveBeenCalled();
  });

  it('moves with the arrow keys on its handle (Shift for bigger steps), and Home puts it back', () => {
    const props = renderBar();
    const handle = screen.getByTestId('page-bar-handle');
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    fireEvent.keyDown(handle, { key: 'ArrowUp', shiftKey: true });
    expect(props.onMove).toHaveBeenNthCalledWith(1, { dx: -10, dy: 0 });
    expect(props.onMove).toHaveBeenNthCalledWith(2, { dx: 0, dy: -40 });
    expect(props.onMoveEnd).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(handle, { key: 'Home' });
    expect(props.onResetPosition).toHaveBeenCalled();
  });

  it('moves when its handle is dragged, and remembers the place once dropped', () => {
    const props = renderBar();
    const handle = screen.getByTestId('page-bar-handle');
    fireEvent.pointerDown(handle, { pointerId: 1, button: 0, clientX: 100, clientY: 100 });
    fireEvent.pointerMove(handle, { pointerId: 1, clientX: 130, clientY: 90 });
    fireEvent.pointerMove(handle, { pointerId: 1, clientX: 140, clientY: 90 });
    fireEvent.pointerUp(handle, { pointerId: 1, clientX: 140, clientY: 90 });
    expect(props.onMove).toHaveBeenNthCalledWith(1, { dx: 30, dy: -10 });
    expect(props.onMove).toHaveBeenNthCalledWith(2, { dx: 10, dy: 0 });
    expect(props.onMoveEnd).toHaveBeenCalledTimes(1);
  });

  it('says what it is doing when there is nothing to insert yet', () => {
    renderBar({ view: { ...READY, phase: 'loading', suggestions: [], buyerTurn: null } });
    expect(screen.getByText('正在找话术…')).toBeTruthy();
    cleanup();
    renderBar({ view: { ...READY, suggestions: [] } });
    expect(screen.getByTestId('page-bar-empty').textContent).toContain('没有匹配');
  });

  it('confirms an insertion, then clears the note after a few seconds', () => {
    vi.useFakeTimers();
    try {
      const props = renderBar({ view: { ...READY, feedback: { kind: 'inserted' } } });
      expect(screen.getByTestId('page-bar-status').textContent).toBe('已插入输入框，检查后再按发送');
      vi.advanceTimersByTime(4000);
      expect(props.onDismissFeedback).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('speaks English when the agent chose it', () => {
    renderBar({ lang: 'en', view: { ...READY, feedback: { kind: 'failed', reason: 'no-input' } } });
    expect(screen.getAllByTestId('page-bar-suggestion')[1]?.querySelector('.hs-bar__category')?.textContent).toBe('Shipping');
    expect(screen.getByTestId('page-bar-collapse').textContent).toBe('Collapse');
  });
});

describe('the recognised product in the in-page bar', () => {
  it('names the product and its SKU compactly, with the facts card closed until asked for', () => {
    const props = renderBar({ view: WITH_CUP });
    const chip = screen.getByTestId('product-chip');
    expect(chip.textContent).toContain('不锈钢保温杯 500ml');
    expect(chip.textContent).toContain('黑色');
    expect(screen.queryByTestId('facts-card')).toBeNull();
    const toggle = screen.getByTestId('facts-card-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-keyshortcuts')).toBe('Alt+P');
    expect(toggle.title).toBe('商品参数（Alt+P）：点一项插入到输入框光标处');
    expect(toggle.textContent).toBe('参数');
    fireEvent.click(toggle);
    expect(props.onToggleFacts).toHaveBeenCalledTimes(1);
  });

  it('shows the facts card open as name: value rows, beside the suggestions', () => {
    renderBar({ view: CUP_FACTS_OPEN });
    const card = screen.getByTestId('facts-card');
    expect(card.getAttribute('aria-label')).toBe('不锈钢保温杯 500ml · 黑色 的商品参数');
    const rows = screen.getAllByTestId('facts-card-fact');
    expect(rows.map((row) => [row.querySelector('.hs-facts__name')?.textContent, row.querySelector('.hs-facts__value')?.textContent])).toEqual([
      ['材质', '316 不锈钢内胆'],
      ['保修', '整机保修一年'],
      ['发货地', '浙江金华'],
    ]);
    expect(rows[1]?.getAttribute('aria-label')).toBe('插入保修：整机保修一年');
    expect(screen.getByTestId('facts-card-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByTestId('page-bar-suggestion')).toHaveLength(3);
  });

  it('puts the fact that is clicked into the reply box', () => {
    const props = renderBar({ view: CUP_FACTS_OPEN });
    fireEvent.click(screen.getAllByTestId('facts-card-fact')[1]!);
    expect(props.onInsertFact).toHaveBeenCalledWith(1);
  });

  it('moves between facts with ↑↓ (wrapping), and leaves those keys alone while an IME composes', () => {
    renderBar({ view: CUP_FACTS_OPEN });
    const rows = screen.getAllByTestId('facts-card-fact');
    rows[0]!.focus();
    fireEvent.keyDown(rows[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[1]);
    fireEvent.keyDown(rows[1]!, { key: 'ArrowDown', isComposing: true });
    expect(document.activeElement).toBe(rows[1]);
    fireEvent.keyDown(rows[1]!, { key: 'End' });
    expect(document.activeElement).toBe(rows[2]);
    fireEvent.keyDown(rows[2]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[0]);
    fireEvent.keyDown(rows[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(rows[2]);
  });

  it('shows a value as text, never as markup', () => {
    const hostile: SuggestedProduct = { ...CUP, facts: [{ name: '说明', value: '<img src=x onerror="alert(1)">' }] };
    renderBar({ view: { ...READY, product: hostile, factsOpen: true } });
    expect(screen.getByTestId('facts-card-fact').textContent).toContain('<img src=x onerror="alert(1)">');
    expect(screen.getByTestId('facts-card').querySelector('img')).toBeNull();
  });

  it('has no toggle for a product without facts, no product line for an unrecognised one, and none while collapsed', () => {
    renderBar({ view: { ...READY, product: { ...CUP, facts: [], showFacts: true }, factsOpen: false } });
    expect(screen.getByTestId('product-chip')).toBeTruthy();
    expect(screen.queryByTestId('facts-card-toggle')).toBeNull();
    expect(screen.queryByTestId('facts-card')).toBeNull();
    cleanup();
    renderBar({ view: READY });
    expect(screen.queryByTestId('product-chip')).toBeNull();
    cleanup();
    renderBar({ view: CUP_FACTS_OPEN, collapsed: true });
    expect(screen.queryByTestId('product-chip')).toBeNull();
    expect(screen.queryByTestId('facts-card')).toBeNull();
  });

  it('speaks English when the agent chose it', () => {
    renderBar({ lang: 'en', view: CUP_FACTS_OPEN });
    expect(screen.getByTestId('facts-card-toggle').textContent).toBe('Hide facts');
    expect(screen.getByTestId('facts-card').getAttribute('aria-label')).toBe('Facts of 不锈钢保温杯 500ml · 黑色');
    expect(screen.getAllByTestId('facts-card-fact')[0]?.getAttribute('aria-label')).toBe('Insert 材质: 316 不锈钢内胆');
  });
});
