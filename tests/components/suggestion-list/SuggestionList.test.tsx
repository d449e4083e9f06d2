// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SuggestionList } from '../../../components/suggestion-list/SuggestionList';
import type { Suggestion } from '../../../utils/schemas/suggestion';

function suggestion(phraseUid: string, category: string, text: string, matched = ''): Suggestion {
  return { phraseUid, packId: 'default-zh', text, category, score: 0.5, reason: { kind: 'trigger', matched } };
}

// Ranked as the engine answers a buyer asking for a discount and free shipping.
const RANKED: Suggestion[] = [
  suggestion('default-zh/bargain-1', 'bargaining', '亲，这已经是活动价了，质量有保障的哦', '便宜点'),
  suggestion('default-zh/ship-1', 'shipping', '亲，下单后48小时内发货', '包邮'),
  suggestion('default-zh/bargain-2', 'bargaining', '亲，现在领券下单更划算哦', '优惠'),
];

afterEach(cleanup);

describe('SuggestionList', () => {
  it('groups suggestions under their category, best group first, with the wording that matched', () => {
    render(<SuggestionList suggestions={RANKED} categories={[]} onInsert={() => {}} />);
    const groups = screen.getAllByTestId('suggestion-group');
    expect(groups.map((group) => group.querySelector('h3')?.textContent)).toEqual(['议价', '发货物流']);
    expect(within(groups[0]!).getAllByTestId('suggestion').map((item) => item.dataset.category)).toEqual(['bargaining', 'bargaining']);
    expect(within(groups[0]!).getByText('买家问法：“便宜点”')).toBeTruthy();
  });

  it('uses the label the library gives a category', () => {
    const categories = [{ id: 'shipping', labels: { 'zh-CN': '物流', en: 'Delivery' } }];
    render(<SuggestionList suggestions={RANKED} categories={categories} onInsert={() => {}} />);
    expect(screen.getByText('物流')).toBeTruthy();
  });

  it('inserts the phrase whose 插入 button is clicked', () => {
    const onInsert = vi.fn();
    render(<SuggestionList suggestions={RANKED} categories={[]} onInsert={onInsert} />);
    const second = screen.getAllByTestId('suggestion')[1]!;
    fireEvent.click(within(second).getByTestId('insert-suggestion'));
    expect(onInsert).toHaveBeenCalledWith(RANKED[2]);
  });

  it('keeps the chat input focused: pressing 插入 does not take focus on mousedown', () => {
    render(<SuggestionList suggestions={RANKED} categories={[]} onInsert={() => {}} />);
    const notPrevented = fireEvent.mouseDown(screen.getAllByTestId('insert-suggestion')[0]!);
    expect(notPrevented).toBe(false);
  });

  it('inserts the n-th suggestion, in the order shown, when number key n is pressed in the list', () => {
    const onInsert = vi.fn();
    render(<SuggestionList suggestions={RANKED} categories={[]} onInsert={onInsert} autoFocus />);
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.testid).toBe('insert-suggestion');
    fireEvent.keyDown(focused, { key: '3' });
    // Shown order: both 议价 phrases, then 发货物流; key 3 is the shipping phrase.
    expect(onInsert).toHaveBeenCalledWith(RANKED[1]);
    fireEvent.keyDown(focused, { key: '9' });
    expect(onInsert).toHaveBeenCalledTimes(1);
  });

  it('moves between suggestions with ↑/↓', () => {
    render(<SuggestionList suggestions={RANKED} categories={[]} onInsert={() => {}} autoFocus />);
    const buttons = screen.getAllByTestId('insert-suggestion');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('does not take focus from the search box when new suggestions arrive', () => {
    const { rerender } = render(
      <>
        <input data-testid="elsewhere" />
        <SuggestionList suggestions={[]} categories={[]} onInsert={() => {}} autoFocus />
      </>,
    );
    screen.getByTestId('elsewhere').focus();
    rerender(
      <>
        <input data-testid="elsewhere" />
        <SuggestionList suggestions={RANKED} categories={[]} onInsert={() => {}} autoFocus />
      </>,
    );
    expect(document.activeElement).toBe(screen.getByTestId('elsewhere'));
  });

  it('shows the phrase as text, never as markup', () => {
    const hostile = suggestion('x/1', 'greeting', '<img src=x onerror=alert(1)>亲');
    const { container } = render(<SuggestionList suggestions={[hostile]} categories={[]} onInsert={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>亲')).toBeTruthy();
  });
});
