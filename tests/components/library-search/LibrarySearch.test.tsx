// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibrarySearch } from '../../../components/library-search/LibrarySearch';
import type { LibraryPhrase } from '../../../utils/schemas/phrase';

function phrase(id: string, text: string, shortcut?: string): LibraryPhrase {
  return { id, uid: `default-zh/${id}`, packId: 'default-zh', text, category: 'shipping', triggers: [], tags: [], shortcut };
}

const LIBRARY = [phrase('ship-1', '亲，今天16点前付款当天发货哦', 'fh'), phrase('ship-2', '亲，默认发中通，需要顺丰可以补差价')];

/** Answers like the background: text or shortcut code contains the query. */
const searchLibrary = vi.fn(async (query: string) =>
  LIBRARY.filter((entry) => entry.text.includes(query) || entry.shortcut === query),
);

async function typeQuery(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
  await act(async () => {
    await vi.advanceTimersByTimeAsync(200);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  searchLibrary.mockClear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('LibrarySearch', () => {
  it('finds phrases by shortcut code and inserts the highlighted one on Enter', async () => {
    const onInsert = vi.fn();
    render(<LibrarySearch search={searchLibrary} categories={[]} onInsert={onInsert} />);
    const input = screen.getByTestId('library-search');
    await typeQuery(input, 'fh');
    expect(searchLibrary).toHaveBeenCalledWith('fh');
    expect(screen.getAllByTestId('search-result')).toHaveLength(1);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onInsert).toHaveBeenCalledWith(LIBRARY[0]);
  });

  it('moves the highlight with ↑/↓ before Enter', async () => {
    const onInsert = vi.fn();
    render(<LibrarySearch search={searchLibrary} categories={[]} onInsert={onInsert} />);
    const input = screen.getByTestId('library-search');
    await typeQuery(input, '亲');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onInsert).toHaveBeenCalledWith(LIBRARY[1]);
  });

  it('does nothing on Enter while an input method is still composing', async () => {
    const onInsert = vi.fn();
    render(<LibrarySearch search={searchLibrary} categories={[]} onInsert={onInsert} />);
    const input = screen.getByTestId('library-search');
    await typeQuery(input, '发货');
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(input, { key: 'Enter', keyCode: 229 });
    expect(onInsert).not.toHaveBeenCalled();
  });

  it('does not search half-typed pinyin, only the committed Chinese', async () => {
    render(<LibrarySearch search={searchLibrary} categories={[]} onInsert={() => {}} />);
    const input = screen.getByTestId('library-search');
    fireEvent.compositionStart(input);
    fireEvent.input(input, { target: { value: 'fa' }, isComposing: true });
    fireEvent.input(input, { target: { value: 'fah' }, isComposing: true });
    // The agent pauses mid-pinyin, longer than the search waits for.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(500);
    });
    expect(searchLibrary).not.toHaveBeenCalled();
    fireEvent.compositionEnd(input, { target: { value: '发货' } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    expect(searchLibrary.mock.calls.map(([query]) => query)).toEqual(['发货']);
  });

  it('clears the search on Esc', async () => {
    render(<LibrarySearch search={searchLibrary} categories={[]} onInsert={() => {}} />);
    const input = screen.getByTestId('library-search') as HTMLInputElement;
    await typeQuery(input, '亲');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('');
    expect(screen.queryAllByTestId('search-result')).toHaveLength(0);
  });

  it('says so when nothing matches', async () => {
    render(<LibrarySearch search={searchLibrary} categories={[]} onInsert={() => {}} />);
    await typeQuery(screen.getByTestId('library-search'), '开发票');
    expect(screen.getByText('没有找到“开发票”相关的话术')).toBeTruthy();
  });
});
