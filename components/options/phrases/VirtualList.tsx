import { useState, type ReactNode } from 'react';

/** Rows drawn beyond the visible ones, so a fast scroll does not show blank space. */
const OVERSCAN = 8;

/** The rows of `count` fixed-height rows that a viewport of `height` at `scrollTop` shows. */
export function visibleRange(count: number, rowHeight: number, height: number, scrollTop: number): { start: number; end: number } {
  // A list that just got shorter (a search) may still be scrolled past its new end: show its tail.
  const top = Math.min(scrollTop, Math.max(0, count * rowHeight - height));
  const start = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const end = Math.min(count, Math.ceil((top + height) / rowHeight) + OVERSCAN);
  return { start, end };
}

/**
 * A scrolling list that renders only the rows in view (fixed row height): 10,000 phrases cost
 * the DOM a few dozen rows. The full height is kept by padding, so the scrollbar is honest.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  height,
  getKey,
  renderRow,
  testId,
}: {
  items: readonly T[];
  rowHeight: number;
  height: number;
  getKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  testId?: string;
}) {
  const [scrollTop, setScrollTop] = useState(0);
  const { start, end } = visibleRange(items.length, rowHeight, height, scrollTop);
  return (
    <div className="hs-virtual-list" style={{ height, overflowY: 'auto' }} data-testid={testId} data-count={items.length} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <ul style={{ margin: 0, padding: 0, listStyle: 'none', paddingTop: start * rowHeight, paddingBottom: (items.length - end) * rowHeight }}>
        {items.slice(start, end).map((item, offset) => (
          <li key={getKey(item)} style={{ height: rowHeight, boxSizing: 'border-box' }}>
            {renderRow(item, start + offset)}
          </li>
        ))}
      </ul>
    </div>
  );
}
