import { PRODUCT_PLATFORMS, type ProductIdRef } from '../schemas/product';
import { normalizeHeader } from './spreadsheet-columns';

/**
 * The products sheet (pack format 3): a second sheet `商品` / `products` of the workbook, or a
 * second CSV file. 商品名称 is the only required column; 关键词, 平台商品ID and SKU are known
 * columns; every other header is a fact (材质, 尺码, 保修 …), its cells the product's values.
 *
 * Layout: one row per product (SKU empty) with its keywords, ids and facts, and one row per SKU
 * (商品名称 repeating the product's name, SKU filled) whose filled fact cells override the
 * product's. A SKU row leaves 关键词 and 平台商品ID empty: they belong to the product.
 */
export const PRODUCT_COLUMNS = Object.freeze({
  name: { headers: ['商品名称', '商品', 'name', 'product'], required: true, example: '不锈钢保温杯 500ml' },
  keywords: { headers: ['关键词', '识别词', 'keywords'], required: false, example: '保温杯|316' },
  ids: { headers: ['平台商品ID', '商品ID', 'ids', 'itemids'], required: false, example: 'pdd:6524871930|jd:100012345678' },
  sku: { headers: ['SKU', '规格名称', 'sku'], required: false, example: '黑色 XL' },
} as const);
export type ProductField = keyof typeof PRODUCT_COLUMNS;
export const PRODUCT_FIELDS = Object.keys(PRODUCT_COLUMNS) as ProductField[];

/** The header written when exporting, and the columns' order before the facts. */
export const PRODUCT_EXPORT_HEADERS: Readonly<Record<ProductField, string>> = Object.freeze({
  name: '商品名称',
  keywords: '关键词',
  ids: '平台商品ID',
  sku: 'SKU',
});
export const PRODUCT_EXPORT_ORDER: readonly ProductField[] = ['name', 'keywords', 'ids', 'sku'];

/** The sheet (or second file's) name an export writes and an import looks for. */
export const PRODUCT_SHEET = '商品';
const PRODUCT_SHEET_NAMES = new Set([PRODUCT_SHEET, '商品表', '商品信息', 'products', 'product'].map(normalizeHeader));

export function isProductSheetName(name: string): boolean {
  return PRODUCT_SHEET_NAMES.has(normalizeHeader(name));
}

const FIELD_BY_HEADER: ReadonlyMap<string, ProductField> = new Map(
  PRODUCT_FIELDS.flatMap((field) => PRODUCT_COLUMNS[field].headers.map((header) => [normalizeHeader(header), field] as const)),
);

export function productFieldForHeader(header: string): ProductField | undefined {
  return FIELD_BY_HEADER.get(normalizeHeader(header));
}

/** `pdd:123|jd:456`: platform first, as the pack's `ids` lists them. */
export function formatItemIds(ids: readonly ProductIdRef[]): string {
  return ids.map((id) => `${id.platform}:${id.itemId}`).join('|');
}

/** Platform names leads write in Chinese, and the ids the pack uses. */
const PLATFORM_ALIASES: Readonly<Record<string, ProductIdRef['platform']>> = Object.freeze({
  淘宝: 'taobao',
  天猫: 'taobao',
  千牛: 'taobao',
  tb: 'taobao',
  tmall: 'taobao',
  京东: 'jd',
  拼多多: 'pdd',
  pinduoduo: 'pdd',
  抖音: 'douyin',
  抖店: 'douyin',
  飞鸽: 'douyin',
  快手: 'kuaishou',
});

/** A platform as a cell writes it (`pdd`, `拼多多`, `JD`); undefined when unknown. */
export function platformNamed(name: string): ProductIdRef['platform'] | undefined {
  const lower = name.trim().toLowerCase();
  if ((PRODUCT_PLATFORMS as readonly string[]).includes(lower)) return lower as ProductIdRef['platform'];
  return PLATFORM_ALIASES[lower] ?? PLATFORM_ALIASES[name.trim()];
}
