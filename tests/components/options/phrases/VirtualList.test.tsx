// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualList, visibleRange } from '../../../../components/options/phrases/VirtualList';

afterEach(cleanup);

const TEN_THOUSAND = Array.from({ length: 10_000 }, (_, index) => `话术 ${index}`);

function renderList() {
  return render(
    <VirtualList
      items={TEN_THOUSAND}
      rowHeight={50}
      height={500}
      testId="list"
      getKey={(item) => item}
      renderRow={(item) => <span data-testid="row">{item}</span>}
    />,
  );
}

describe('the phrase list of a 10,000-phrase library', () => {
  it('draws only the rows in view (plus a few), not ten thousand', () => {
    renderList();
    const rows = screen.getAllByTestId('row');
    expect(rows.length).toBeLessThan(30);
    expect(rows[0]?.textContent).toBe('话术 0');
  });

  it('shows the rows further down once the lead scrolls there', () => {
    renderList();
    const list = screen.getByTestId('list');
    list.scrollTop = 250_000;
    fireEvent.scroll(list);
    const texts = screen.getAllByTestId('row').map((row) => row.textContent);
    expect(texts).toContain('话术 5000');
    expect(texts).not.toContain('话术 0');
  });

  it('never asks for rows past the end', () => {
    expect(visibleRange(10, 50, 500, 10_000)).toEqual({ start: 0, end: 10 });
    expect(visibleRange(10_000, 50, 500, 499_500)).toMatchObject({ end: 10_000 });
  });
});
