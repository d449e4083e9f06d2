import { describe, expect, it } from 'vitest';
import { columnItem, columnItems, itemsContaining, stringColumn } from '../../../utils/engine/string-column';

describe('many strings stored as one', () => {
  const column = stringColumn(['包邮吗', '', '便宜点', '宜点包', '𠀀字']);

  it('gives every item back as it was, empty ones included', () => {
    expect(columnItems(column, 0, 5)).toEqual(['包邮吗', '', '便宜点', '宜点包', '𠀀字']);
    expect(columnItem(column, 4)).toBe('𠀀字');
  });

  it('finds items containing a text, never one made of the end of an item and the start of the next', () => {
    expect(itemsContaining(column, '宜点')).toEqual([2, 3]);
    // "点" ends item 2 and "宜" starts item 3: "点宜" is in the joined text, in no item.
    expect(itemsContaining(column, '点宜')).toEqual([]);
    expect(itemsContaining(column, '包')).toEqual([0, 3]);
    expect(itemsContaining(column, '')).toEqual([]);
  });
});
