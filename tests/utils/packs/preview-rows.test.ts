import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../utils/packs/import-preview';
import { changedPhraseRows, flaggedSegments, importChoices, invalidRowViews, productDiffRows } from '../../../utils/packs/preview-rows';

describe('the import preview as tables', () => {
  it('marks exactly the fields of a phrase that changed, with their old and new values', () => {
    const [row] = changedPhraseRows([
      {
        id: 'brew-001',
        category: 'product',
        text: '亲，绿茶用80度的水冲泡～',
        changes: [
          { field: 'text', before: '亲，绿茶用开水泡～', after: '亲，绿茶用80度的水冲泡～' },
          { field: 'triggers', before: '怎么泡', after: '怎么泡 | 水温' },
          { field: 'locked', before: 'false', after: 'true' },
        ],
      },
    ]);
    expect(row?.changedFields).toEqual(['text', 'triggers', 'locked']);
    expect(row?.changes.text).toEqual({ before: '亲，绿茶用开水泡～', after: '亲，绿茶用80度的水冲泡～' });
    expect(row?.changes.category).toBeUndefined();
    expect(row?.changes.shortcut).toBeUndefined();
  });

  it('names the sheet of each invalid row: the workbook’s tab, a CSV’s file name, nothing for a JSON pack', () => {
    const views = invalidRowViews(
      [
        { sheet: '话术', row: 4, column: '话术', reason: '话术不能为空', example: '亲，在的～' },
        { row: 3, column: '分类', reason: '分类不能为空' },
        { path: 'phrases[2].text', column: 'text', reason: 'too long' },
        { reason: '文件是空的' },
      ],
      '茶叶店 v2.csv',
    );
    expect(views.map(({ sheet, row, column }) => [sheet, row, column])).toEqual([
      ['话术', 4, '话术'],
      ['茶叶店 v2', 3, '分类'],
      ['', undefined, 'phrases[2].text · text'],
      ['', undefined, ''],
    ]);
    expect(views[0]?.example).toBe('亲，在的～');
    expect(new Set(views.map((view) => view.key)).size).toBe(4);
  });

  it('cuts a risky phrase where the wording check matched, every occurrence', () => {
    expect(flaggedSegments('加微信吧，加微信有优惠', [{ ruleId: 'r', category: 'off-platform', severity: 'block', matchedText: '微信', reason: { 'zh-CN': '站外', en: 'off platform' } }])).toEqual([
      { text: '加', flagged: false },
      { text: '微信', flagged: true },
      { text: '吧，加', flagged: false },
      { text: '微信', flagged: true },
      { text: '有优惠', flagged: false },
    ]);
    // A match the check found after normalising (not literally in the text) marks nothing.
    expect(flaggedSegments('亲', [{ ruleId: 'r', category: 'off-platform', severity: 'warn', matchedText: 'vx', reason: { 'zh-CN': '站外', en: 'off platform' } }])).toEqual([{ text: '亲', flagged: false }]);
  });

  it('offers confirm only for a clean newer file; skipping invalid rows or forcing an older version otherwise', () => {
    const base = { invalid: [], upgrade: 'newer' } as unknown as ImportPreview;
    expect(importChoices(base)).toEqual({ confirm: true, skipInvalid: false, force: false });
    expect(importChoices({ ...base, invalid: [{ row: 2, reason: 'x' }] })).toEqual({ confirm: false, skipInvalid: true, force: false });
    expect(importChoices({ ...base, upgrade: 'older' })).toEqual({ confirm: false, skipInvalid: false, force: true });
    expect(importChoices(base, 'older-version')).toEqual({ confirm: false, skipInvalid: false, force: true });
  });
});

describe('productDiffRows', () => {
  it('lists changed products first, then added, then removed, each with what changed', () => {
    const rows = productDiffRows({
      added: [{ name: '茶壶', factCount: 1, skuCount: 0 }],
      changed: [{ name: '保温杯', factCount: 2, skuCount: 1, changes: [{ field: 'fact', name: '保修', before: '一年', after: '两年' }] }],
      unchanged: 3,
      removed: [{ name: '餐盘', factCount: 0, skuCount: 0 }],
    });
    expect(rows.map((row) => [row.name, row.status, row.changes.length])).toEqual([
      ['保温杯', 'changed', 1],
      ['茶壶', 'added', 0],
      ['餐盘', 'removed', 0],
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(3);
  });
});
