import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { packToCsv, packToJson, packToRows } from '../../../utils/packs/pack-to-csv';
import { parseImportFile } from '../../../utils/packs/parse-import-file';
import { readPackJson } from '../../../utils/packs/read-pack-json';
import type { Pack, PackInput } from '../../../utils/schemas/pack';
import { packSchema } from '../../../utils/schemas/pack';

/**
 * Pack format 2 — topics under categories, a phrase's `requires`, the blanks {金额} {天数} {时间} —
 * round-trips through the lead's three file kinds. What a spreadsheet cannot carry (topics'
 * English labels, the pack's metadata) travels in JSON only.
 */

const FORMAT_2: PackInput = {
  format: 2,
  id: 'home-shop',
  name: '家居店话术',
  version: '2.0.0',
  author: '主管',
  categories: [{ id: 'assembly', labels: { 'zh-CN': '安装组装', en: 'Assembly' } }],
  topics: [
    { id: 'after-sales.mattress-smell', category: 'after-sales', labels: { 'zh-CN': '床垫异味', en: 'Mattress smell' } },
    { id: 'assembly.screws', category: 'assembly', labels: { 'zh-CN': '螺丝配件' } },
  ],
  phrases: [
    {
      id: 'refund-card',
      category: 'after-sales',
      topic: 'after-sales.refund-progress',
      text: '亲，退款{金额}元已原路退回，银行卡一般{天数}个工作日内到账。',
      triggers: ['退款到账了吗', '钱退到卡上要几天'],
      requires: ['refunded'],
    },
    {
      id: 'smell',
      category: 'after-sales',
      topic: 'after-sales.mattress-smell',
      text: '亲，新床垫拆封后有轻微气味是正常的，开窗通风三到五天会散去。',
      triggers: ['床垫有味道', '味道好大'],
    },
    { id: 'screws', category: 'assembly', topic: 'assembly.screws', text: '亲，螺丝在配件包的小袋里，按说明书第2页的编号对应就好。', triggers: ['螺丝在哪'] },
    { id: 'visit', category: 'shipping', text: '亲，师傅会在{时间}前电话和您约上门时间。', triggers: ['什么时候上门'], requires: ['shipped', 'paid'] },
  ],
};

const pack: Pack = packSchema.parse(FORMAT_2);

/** What a spreadsheet carries of each phrase. */
const sheetView = (phrases: Pack['phrases']) =>
  phrases.map(({ id, category, topic, text, triggers, requires }) => ({ id, category, topic, text, triggers, requires }));

describe('pack format 2 through JSON, CSV and XLSX', () => {
  it('reads back from JSON exactly as written', () => {
    expect(readPackJson(packToJson(pack)).pack).toEqual(pack);
  });

  it('reads back from CSV with the same categories, topics, states and blanks', async () => {
    const parsed = await parseImportFile(new TextEncoder().encode(packToCsv(pack)), { fileName: 'home.csv', id: 'home-shop', name: '家居店话术', version: '2.0.0' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    expect(parsed.invalid).toEqual([]);
    const back = parsed.pack;
    expect(back.format).toBe(2);
    // A spreadsheet names a pack's own categories and topics by label; their ids are made anew.
    const withoutIds = (phrases: Pack['phrases']) => sheetView(phrases).map(({ topic: _topic, category: _category, ...rest }) => rest);
    expect(withoutIds(back.phrases)).toEqual(withoutIds(pack.phrases));
    expect(back.categories.find((category) => category.id === back.phrases[2]?.category)?.labels['zh-CN']).toBe('安装组装');
    // A built-in topic keeps its id; a pack's own topic comes back under its Chinese label.
    expect(back.phrases[0]?.topic).toBe('after-sales.refund-progress');
    const labelOf = (id: string | undefined) => back.topics.find((topic) => topic.id === id)?.labels['zh-CN'];
    expect(labelOf(back.phrases[1]?.topic)).toBe('床垫异味');
    expect(labelOf(back.phrases[2]?.topic)).toBe('螺丝配件');
    expect(back.topics.find((topic) => topic.labels['zh-CN'] === '螺丝配件')?.category).toBe(back.phrases[2]?.category);
    expect(back.phrases[3]?.requires).toEqual(['shipped', 'paid']);
    // And the sheet it makes is the sheet it came from.
    expect(packToCsv(back)).toBe(packToCsv(pack));
  });

  it('reads back from XLSX the same way', async () => {
    const [header, ...rows] = packToRows(pack);
    const data = [header!.map((value) => ({ value })), ...rows.map((row) => row.map((value) => ({ value })))];
    const bytes = new Uint8Array(await writeXlsxFile(data, { sheet: '话术' }).toBuffer());
    const parsed = await parseImportFile(bytes, { fileName: 'home.xlsx', id: 'home-shop', name: '家居店话术', version: '2.0.0' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    expect(parsed.invalid).toEqual([]);
    expect(packToCsv(parsed.pack)).toBe(packToCsv(pack));
  });

  it('names the row and column of an unknown order state or a topic name that is too long', async () => {
    const csv = ['分类,话术,子类,适用状态', '售后,亲，已为您登记,退款进度与到账,已发货|快到了', `售后,亲，好的,${'长'.repeat(41)},`, '售后,亲，在的,,'].join('\n');
    const parsed = await parseImportFile(new TextEncoder().encode(csv), { fileName: 'bad.csv' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    expect(parsed.invalid).toEqual([
      expect.objectContaining({ row: 2, column: '适用状态', reason: expect.stringContaining('不认识适用状态 "快到了"') }),
      expect.objectContaining({ row: 3, column: '子类', reason: expect.stringContaining('最长 40 个字符') }),
    ]);
    expect(parsed.pack.phrases).toHaveLength(1);
  });

  it('refuses a phrase whose topic belongs to another category, or that nobody declared', () => {
    const wrong = packSchema.safeParse({ ...FORMAT_2, phrases: [{ id: 'x', category: 'shipping', topic: 'after-sales.refund-progress', text: '亲' }] });
    expect(wrong.success).toBe(false);
    expect(JSON.stringify(wrong.error?.issues)).toContain('属于分类 \\"after-sales\\"');
    const unknown = packSchema.safeParse({ ...FORMAT_2, phrases: [{ id: 'x', category: 'shipping', topic: 'shipping.teleport', text: '亲' }] });
    expect(JSON.stringify(unknown.error?.issues)).toContain('unknown topic');
  });
});
