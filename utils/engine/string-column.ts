import type { Positions } from './positions';

/**
 * Many strings stored as one: their concatenation plus where each ends. A 100k-phrase library
 * holds about a million short strings (texts, triggers, ids); as one string each they cost a
 * header apiece and a separate copy when the index is read back from storage, as a column
 * they load as one string and one typed array.
 */
export interface StringColumn {
  readonly text: string;
  /** ends[i] is where item i ends in `text` (UTF-16 units); item i starts where i − 1 ends. */
  readonly ends: Positions;
}

export function stringColumn(items: readonly string[]): StringColumn {
  const ends = new Uint32Array(items.length);
  let end = 0;
  items.forEach((item, i) => {
    end += item.length;
    ends[i] = end;
  });
  return { text: items.join(''), ends };
}

export function columnItem(column: StringColumn, item: number): string {
  const start = item > 0 ? (column.ends[item - 1] ?? 0) : 0;
  return column.text.slice(start, column.ends[item] ?? start);
}

/** Items `from` (inclusive) to `to` (exclusive). */
export function columnItems(column: StringColumn, from: number, to: number): string[] {
  const items: string[] = [];
  for (let item = from; item < to; item += 1) items.push(columnItem(column, item));
  return items;
}

/**
 * Items that contain `needle`, in order: one `indexOf` walk over the whole text, skipping
 * occurrences that straddle two items. Faster than testing every item on its own.
 */
export function itemsContaining(column: StringColumn, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  let from = 0;
  for (let at = column.text.indexOf(needle, from); at !== -1; at = column.text.indexOf(needle, from)) {
    const item = itemAtOffset(column, at);
    const end = column.ends[item] ?? 0;
    if (at + needle.length <= end) {
      found.push(item);
      from = end; // one hit per item is enough
    } else {
      from = at + 1;
    }
  }
  return found;
}

/** The item whose text covers `offset` (the first item ending after it). */
function itemAtOffset(column: StringColumn, offset: number): number {
  let low = 0;
  let high = column.ends.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((column.ends[middle] ?? 0) > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}
