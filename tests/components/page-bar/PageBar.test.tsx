// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageBar, type PageBarProps } from '../../../components/page-bar/PageBar';
import type { BarView } from '../../../utils/page/bar/bar-model';
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
};

function renderBar(overrides: Partial<PageBarProps> = {}) {
  const props: PageBarProps = {
    view: READY,
    lang: 'zh-CN',
    categories: [],
    collapsed: false,
    onInsert: vi.fn(),
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
    renderBar();
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
