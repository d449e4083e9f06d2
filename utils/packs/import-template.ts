import { CHINESE_CATEGORY_LABELS } from '../schemas/category';
import { ORDER_STATE_LABELS } from '../schemas/order-state';
import { PLACEHOLDER_NAMES } from '../schemas/phrase';
import { IMPORT_LIMITS } from './limits';
import { EXPORT_ORDER } from './pack-to-csv';
import { PHRASE_SHEET_WIDTHS, productSheetWidths } from './pack-to-xlsx';
import { PRODUCT_COLUMNS, PRODUCT_EXPORT_HEADERS, PRODUCT_SHEET } from './product-columns';
import { PRODUCT_PLATFORMS } from '../schemas/product';
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
  products: '',
  holding: '',
  locked: '否',
});

/** The template's products sheet (product-columns.ts): a product row, its two SKU rows, a second product. */
export const TEMPLATE_PRODUCTS: readonly (readonly string[])[] = Object.freeze([
  ['商品名称', '关键词', '平台商品ID', 'SKU', '材质', '容量', '保修', '使用方法'],
  ['316不锈钢保温杯', '保温杯|316|焖烧杯', 'pdd:6524871930|jd:100012345678', '', '316不锈钢内胆', '500ml', '一年内非人为损坏免费换新', '首次使用前用温水加少许洗洁精清洗，勿放微波炉'],
  ['316不锈钢保温杯', '', '', '750ml 黑色', '', '750ml', '', ''],
  ['316不锈钢保温杯', '', '', '350ml 粉色', '', '350ml', '', ''],
  ['儿童硅胶餐盘', '餐盘|硅胶', 'pdd:6524871931', '', '食品级硅胶', '', '', '可进洗碗机，勿用钢丝球'],
]);

/**
 * Phrases for the template's products: an answer scoped to the cup whose fact is filled from the
 * product, and a holding reply for when a product has no answer.
 */
export const TEMPLATE_PRODUCT_PHRASES: readonly Readonly<Record<SpreadsheetField, string>>[] = Object.freeze([
  {
    id: 'product-warranty-001',
    category: '商品咨询',
    topic: '',
    text: '亲，这款{商品.名称}的保修是：{商品.保修}，请放心购买～',
    triggers: '保修多久|坏了怎么办|有质保吗',
    shortcut: '',
    tags: '商品',
    requires: '',
    products: '316不锈钢保温杯',
    holding: '',
    locked: '',
  },
  {
    id: 'product-holding-001',
    category: '商品咨询',
    topic: '',
    text: '亲，关于{商品.名称}的这个问题，我马上帮您确认，请稍等一下哦～',
    triggers: '',
    shortcut: '',
    tags: '商品',
    requires: '',
    products: '',
    holding: '等待回复',
    locked: '',
  },
]);

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
  products: `可不填（= 所有商品）；这条话术只在对话里的商品是这些商品时推荐。写「${PRODUCT_SHEET}」工作表里的商品名称、平台:商品ID（如 pdd:6524871930）或商品ID，多个用 | 隔开；话术里可用 {商品.名称} 和 {商品.参数名}（如 {商品.保修}） / optional products the phrase answers for, by name or platform:itemId, separated by |`,
  holding: '可不填（= 答复）；填 等待回复 表示这条是稍候回复（正在确认、请买家补充信息），商品没有现成答案时排在第一 / "等待回复" marks a holding reply',
  locked: '是 或 否（留空即不锁定）；锁定的话术客服不能改写 / yes or no; agents cannot reword a locked phrase',
});

/** How to fill the products sheet's columns, Chinese then English. */
const PRODUCT_RULES: readonly (readonly string[])[] = [
  [PRODUCT_EXPORT_HEADERS.name, PRODUCT_COLUMNS.name.headers.slice(1).join('、'), '必填 / required', '商品名称，包内唯一，不含 | { }；SKU 行写它所属商品的名称 / the product\'s name, unique; a SKU row repeats it', PRODUCT_COLUMNS.name.example],
  [PRODUCT_EXPORT_HEADERS.keywords, PRODUCT_COLUMNS.keywords.headers.slice(1).join('、'), '选填 / optional', '在对话里认出这个商品的词（标题会被截断、加【热卖】等），多个用 | 隔开 / words that recognise it in a chat, separated by |', PRODUCT_COLUMNS.keywords.example],
  [PRODUCT_EXPORT_HEADERS.ids, PRODUCT_COLUMNS.ids.headers.slice(1).join('、'), '选填 / optional', `平台:商品ID，平台写在前：${PRODUCT_PLATFORMS.join('、')}（或 淘宝、京东、拼多多、抖音、快手），多个用 | 隔开 / platform:itemId, platform first`, PRODUCT_COLUMNS.ids.example],
  [PRODUCT_EXPORT_HEADERS.sku, PRODUCT_COLUMNS.sku.headers.slice(1).join('、'), '选填 / optional', '商品自己的一行留空；每个 SKU（尺码、颜色、容量）另写一行：商品名称相同，SKU 填上，只填和商品不同的参数，关键词和平台商品ID留空 / empty on the product\'s row; one more row per SKU with only the facts that differ', PRODUCT_COLUMNS.sku.example],
  ['材质、容量、保修 …', '', '选填 / optional', '其余每一列是一项参数，列名就是参数名（话术里写 {商品.保修}），空格表示没有这项 / every other column is a fact named by its header; an empty cell means no such fact', '整机保修一年'],
];

const GENERAL_NOTES: readonly string[] = [
  `第一行是表头，每行一条话术；读取第一个工作表「${TEMPLATE_PHRASE_SHEET}」和商品表「${PRODUCT_SHEET}」 / the header is row 1, one phrase per row; the first sheet and the products sheet are read`,
  `列的顺序随意；一个文件最多 ${IMPORT_LIMITS.phrases} 条话术，每格最长 ${IMPORT_LIMITS.cellChars} 字 / any column order; at most ${IMPORT_LIMITS.phrases} phrases`,
  '示例行可以直接导入，也可以改写或删除 / the example row imports as it is; edit or delete it',
];

/** The download behind 下载模板: the phrase sheet (header + examples), the products sheet, and the rules of each column. */
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
    [`商品表「${PRODUCT_SHEET}」 / the products sheet`],
    ...PRODUCT_RULES.map((row) => [...row]),
    [],
    ...GENERAL_NOTES.map((note) => [note]),
  ];
  return [
    {
      name: TEMPLATE_PHRASE_SHEET,
      header: true,
      rows: [header, ...[TEMPLATE_EXAMPLE, ...TEMPLATE_PRODUCT_PHRASES].map((example) => EXPORT_ORDER.map((field) => example[field]))],
      widths: PHRASE_SHEET_WIDTHS,
    },
    { name: PRODUCT_SHEET, header: true, rows: TEMPLATE_PRODUCTS, widths: productSheetWidths(TEMPLATE_PRODUCTS[0]?.length ?? 4) },
    { name: TEMPLATE_RULES_SHEET, header: true, rows: rules, widths: [12, 24, 14, 70, 28] },
  ];
}

export function importTemplateXlsx(): Uint8Array {
  return writeXlsx(importTemplateSheets());
}
