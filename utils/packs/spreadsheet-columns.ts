/**
 * The columns a phrase spreadsheet may have (docs/design-notes.md, "Phrase spreadsheets"), each with the
 * headers leads write for it in Chinese or English, and a value that would be accepted there.
 * `id` and `locked` go beyond the five columns leads already keep: an id lets an edited phrase
 * stay the same phrase across versions (keeping its usage counts), `locked` marks phrases agents
 * may not reword. Column order is free.
 */
export const SPREADSHEET_COLUMNS = Object.freeze({
  category: { headers: ['分类', '类别', 'category'], required: true, example: '售后（或 after-sales）' },
  text: { headers: ['话术', '回复', '话术内容', 'text', 'phrase'], required: true, example: '亲，欢迎光临{店铺名}～有什么可以帮您？' },
  triggers: { headers: ['关键词', '买家问法', '触发词', 'triggers', 'keywords'], required: false, example: '在吗|有人吗' },
  shortcut: { headers: ['快捷编码', '快捷码', '快捷键', 'shortcut'], required: false, example: 'zj' },
  tags: { headers: ['标签', 'tags', 'tag'], required: false, example: '常用|开场' },
  topic: { headers: ['子类', '子分类', 'topic', 'subtopic'], required: false, example: '退款进度与到账（子类名称，写在这一行的分类下）' },
  requires: { headers: ['适用状态', '状态', 'requires'], required: false, example: '已发货|已签收（或 shipped|delivered）' },
  products: { headers: ['适用商品', 'products'], required: false, example: '不锈钢保温杯 500ml|pdd:6524871930（商品名称或平台商品ID，空 = 所有商品）' },
  holding: { headers: ['话术类型', 'holding'], required: false, example: '等待回复（或留空 = 答复）' },
  id: { headers: ['编号', 'id'], required: false, example: 'greeting-001' },
  locked: { headers: ['锁定', 'locked'], required: false, example: '是（或 否）' },
} as const);
export type SpreadsheetField = keyof typeof SPREADSHEET_COLUMNS;
export const SPREADSHEET_FIELDS = Object.keys(SPREADSHEET_COLUMNS) as SpreadsheetField[];

/** The header written when exporting: the first Chinese name of each column. */
export const EXPORT_HEADERS: Readonly<Record<SpreadsheetField, string>> = Object.freeze({
  id: '编号',
  category: '分类',
  text: '话术',
  triggers: '买家问法',
  shortcut: '快捷编码',
  tags: '标签',
  topic: '子类',
  requires: '适用状态',
  products: '适用商品',
  holding: '话术类型',
  locked: '锁定',
});

/** The instructions sheet of the downloadable template (import-template.ts): not data, so its being skipped is no news. */
export const TEMPLATE_RULES_SHEET = '填写说明';

/** Header cells compare without case, spaces, full-width forms or a stray BOM. */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').replace(/[\s\ufeff:：*＊]/g, '').toLowerCase();
}

const FIELD_BY_HEADER: ReadonlyMap<string, SpreadsheetField> = new Map(
  SPREADSHEET_FIELDS.flatMap((field) => SPREADSHEET_COLUMNS[field].headers.map((header) => [normalizeHeader(header), field] as const)),
);

export function fieldForHeader(header: string): SpreadsheetField | undefined {
  return FIELD_BY_HEADER.get(normalizeHeader(header));
}

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Several values in one cell: 在吗|有人吗, or 在吗、有人吗 (a Chinese IME types `、` for `/`). */
export const LIST_SEPARATOR = /[|｜、]/;

/** 话术类型 of a holding reply (pack format 3), as exports write it. */
export const HOLDING_LABEL = '等待回复';
const HOLDING_YES = new Set([HOLDING_LABEL, '等待', '稍等', '安抚', 'holding', 'hold', '是', 'yes', 'y', 'true', '1']);
const HOLDING_NO = new Set(['', '答复', '回答', '回复', 'answer', '否', 'no', 'n', 'false', '0']);

/** 话术类型: 等待回复 (a holding reply) or empty / 答复; undefined for anything else. */
export function readHolding(cell: string): boolean | undefined {
  const value = cell.trim().toLowerCase();
  if (HOLDING_YES.has(value)) return true;
  if (HOLDING_NO.has(value)) return false;
  return undefined;
}
