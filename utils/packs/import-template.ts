import { CHINESE_CATEGORY_LABELS } from '../schemas/category';
import { ORDER_STATE_LABELS } from '../schemas/order-state';
import { PLACEHOLDER_NAMES } from '../schemas/phrase';
import { IMPORT_LIMITS } from './limits';
import { EXPORT_ORDER } from './pack-to-csv';
import { PHRASE_SHEET_WIDTHS } from './pack-to-xlsx';
import { EXPORT_HEADERS, SPREADSHEET_COLUMNS, TEMPLATE_RULES_SHEET, type SpreadsheetField } from './spreadsheet-columns';
import { writeXlsx, type XlsxSheet } from './write-xlsx';

export const TEMPLATE_FILE_NAME = '话术导入模板.xlsx';
export const TEMPLATE_PHRASE_SHEET = '话术';

/**
 * The template's example row, one valid phrase that fills every column, so the template imports
 * as it is downloaded (tests/utils/packs/import-template.test.ts reads it back).
 */
export const TEMPLATE_EXAMPLE: Readonly<Record<SpreadsheetField, string>> = Object.freeze({
  id: 'after-sales-001',
  category: '售后',
  topic: '退款进度与到账',
  text: '亲，退款已经为您提交，一般1-3个工作日原路退回，请留意～',
  triggers: '退款什么时候到|钱什么时候退回来',
  shortcut: 'tk',
  tags: '退款|常用',
  requires: '已申请退款',
  locked: '否',
});

const STATE_NAMES = Object.values(ORDER_STATE_LABELS).map((labels) => labels['zh-CN']);
const CATEGORY_NAMES = Object.keys(CHINESE_CATEGORY_LABELS);

/** How to fill each column, Chinese then English, in the words of the import's own checks. */
const RULES: Readonly<Record<SpreadsheetField, string>> = Object.freeze({
  id: '字母、数字、点、下划线和连字符，每行唯一；不填则由话术内容生成。保留编号，改过文字的话术升级后仍是同一条（使用次数不丢） / letters, digits, ".", "_", "-", unique per row; keeps a phrase the same across versions',
  category: `内置分类：${CATEGORY_NAMES.join('、')}（或英文 id，如 after-sales）；写别的名称会新建一个分类，最长 40 字 / a built-in category, or any other name (a new category)`,
  topic: '可不填；分类下的子类名称，内置的（如 售后 下的 退款进度与到账）或新的，最长 40 字 / optional topic under the category',
  text: `必填，最长 500 字；占位符只能用 ${PLACEHOLDER_NAMES.map((name) => `{${name}}`).join(' ')} / required, at most 500 characters`,
  triggers: '买家常见的问法，多个用 | 隔开（也可用 ｜ 或 、），每个最长 100 字 / how buyers ask, several separated by |',
  shortcut: '小写字母和数字，最长 16 位 / lowercase letters and digits, at most 16',
  tags: '多个用 | 隔开，每个最长 20 字，最多 20 个 / several separated by |, each at most 20 characters',
  requires: `可不填；只在对话显示这些订单状态时推荐：${STATE_NAMES.join('、')}，多个用 | 隔开 / order states, separated by |`,
  locked: '是 或 否（留空即不锁定）；锁定的话术客服不能改写 / yes or no; agents cannot reword a locked phrase',
});

const GENERAL_NOTES: readonly string[] = [
  `第一行是表头，每行一条话术；只读取第一个工作表「${TEMPLATE_PHRASE_SHEET}」 / the header is row 1, one phrase per row; only the first sheet is read`,
  `列的顺序随意；一个文件最多 ${IMPORT_LIMITS.phrases} 条话术，每格最长 ${IMPORT_LIMITS.cellChars} 字 / any column order; at most ${IMPORT_LIMITS.phrases} phrases`,
  '示例行可以直接导入，也可以改写或删除 / the example row imports as it is; edit or delete it',
];

/** The download behind 下载模板: the phrase sheet (header + example) and the rules of each column. */
export function importTemplateSheets(): XlsxSheet[] {
  const header = EXPORT_ORDER.map((field) => EXPORT_HEADERS[field]);
  const rules: string[][] = [
    ['列名 / column', '也可写作 / also accepted', '必填 / required', '怎么填 / how to fill it', '示例 / example'],
    ...EXPORT_ORDER.map((field) => [
      EXPORT_HEADERS[field],
      SPREADSHEET_COLUMNS[field].headers.filter((name) => name !== EXPORT_HEADERS[field]).join('、'),
      SPREADSHEET_COLUMNS[field].required ? '必填 / required' : '选填 / optional',
      RULES[field],
      TEMPLATE_EXAMPLE[field],
    ]),
    [],
    ...GENERAL_NOTES.map((note) => [note]),
  ];
  return [
    {
      name: TEMPLATE_PHRASE_SHEET,
      header: true,
      rows: [header, EXPORT_ORDER.map((field) => TEMPLATE_EXAMPLE[field])],
      widths: PHRASE_SHEET_WIDTHS,
    },
    { name: TEMPLATE_RULES_SHEET, header: true, rows: rules, widths: [12, 24, 14, 70, 28] },
  ];
}

export function importTemplateXlsx(): Uint8Array {
  return writeXlsx(importTemplateSheets());
}
