import { describe, expect, it } from 'vitest';
import { filterBySearch, matchesSearch, searchWords } from '../../../utils/console-sections/table-search';

describe('the search box above a console table', () => {
  it('keeps a row only when every word typed is found in one of its columns', () => {
    const row = ['加微信', '站外引流', 'default-rules', '已生效'];
    expect(matchesSearch('微信', row)).toBe(true);
    expect(matchesSearch('微信 已生效', row)).toBe(true);
    expect(matchesSearch('微信 待审核', row)).toBe(false);
  });

  it('ignores case, full-width letters and extra spaces', () => {
    expect(matchesSearch('ＴＹＰＥerror', ['TypeError'])).toBe(true);
    expect(matchesSearch('  qq　微信 ', ['加QQ号'])).toBe(false);
    expect(matchesSearch('  qq　加 ', ['加QQ号'])).toBe(true);
    expect(searchWords('  a　 b ')).toEqual(['a', 'b']);
  });

  it('keeps every row, in order, for an empty query', () => {
    const rows = [{ name: 'b' }, { name: 'a' }];
    expect(filterBySearch(rows, '   ', (row) => [row.name])).toEqual(rows);
    expect(filterBySearch(rows, 'A', (row) => [row.name])).toEqual([{ name: 'a' }]);
  });
});
