import { factNameSchema, factValueSchema, itemIdSchema, productNameSchema, productSkuSchema, type Product, type ProductIdRef } from '../schemas/product';
import { ImportFailure, type ImportProblem } from './import-problem';
import { IMPORT_LIMITS } from './limits';
import { PRODUCT_COLUMNS, PRODUCT_FIELDS, platformNamed, productFieldForHeader, type ProductField } from './product-columns';
import { cellText, unescapeFormula, type Cell } from './rows-to-pack';
import { LIST_SEPARATOR, columnLetter } from './spreadsheet-columns';

export interface ProductsImport {
  /** The products of every valid product row, with the SKUs of every valid SKU row. */
  products: Product[];
  invalid: ImportProblem[];
  /** Product rows left out, by name → row: a phrase scoped to one says where its product's problem is. */
  failed: ReadonlyMap<string, number>;
  /** The sheet (or CSV file) as problems name it. */
  sheet: string;
}

interface ProductHeader {
  headerIndex: number;
  columnOf: Map<ProductField, number>;
  headerOf: Map<ProductField, string>;
  /** Fact columns in the sheet's order: the fact's name and its column. */
  facts: { name: string; column: number }[];
}

/**
 * Reads the products sheet (utils/packs/product-columns.ts) into the pack's products. Each row is
 * checked on its own and reported with its Excel row number and column; a header that cannot be
 * a fact's name, or no 商品名称 column, throws ImportFailure. `sheet` names the sheet (or the CSV
 * file) in every problem.
 */
export function rowsToProducts(rows: readonly (readonly Cell[])[], sheet: string): ProductsImport {
  const onSheet = (problem: Omit<ImportProblem, 'sheet'>): ImportProblem => ({ sheet, ...problem });
  if (rows.length > IMPORT_LIMITS.productRows) {
    throw new ImportFailure([onSheet({ reason: `商品表有 ${rows.length} 行，最多 ${IMPORT_LIMITS.productRows} 行；请拆成几个包 / at most ${IMPORT_LIMITS.productRows} product rows` })]);
  }
  const header = readProductHeader(rows, onSheet);
  const invalid: ImportProblem[] = [];
  const products = new Map<string, { product: Product; row: number }>();
  const failed = new Map<string, number>();
  const idOwners = new Map<string, { name: string; row: number }>();
  const skuRows: { name: string; sku: string; facts: Record<string, string>; row: number; problem: (field: ProductField, reason: string) => ImportProblem }[] = [];

  for (let index = header.headerIndex + 1; index < rows.length; index++) {
    const cells = (rows[index] ?? []).map(cellText);
    if (cells.every((cell) => cell.trim() === '')) continue;
    const row = index + 1;
    const read = (field: ProductField): string => {
      const column = header.columnOf.get(field);
      return column === undefined ? '' : unescapeFormula(cells[column] ?? '').trim();
    };
    const problem = (field: ProductField, reason: string): ImportProblem =>
      onSheet({ row, column: header.headerOf.get(field) ?? PRODUCT_COLUMNS[field].headers[0], reason, example: PRODUCT_COLUMNS[field].example });
    const rowProblems: ImportProblem[] = [];
    if (cells.some((cell) => cell.length > IMPORT_LIMITS.cellChars)) {
      invalid.push(onSheet({ row, reason: `这一行有一格超过 ${IMPORT_LIMITS.cellChars} 个字符 / a cell is longer than ${IMPORT_LIMITS.cellChars} characters` }));
      continue;
    }

    const nameParsed = productNameSchema.safeParse(read('name'));
    if (!nameParsed.success) rowProblems.push(problem('name', nameParsed.error.issues[0]?.message ?? 'bad name'));
    const name = nameParsed.success ? nameParsed.data : '';
    const factEntries: [string, string][] = [];
    for (const fact of header.facts) {
      const value = unescapeFormula(cells[fact.column] ?? '').trim();
      if (value === '') continue;
      const parsed = factValueSchema.safeParse(value);
      if (parsed.success) factEntries.push([fact.name, parsed.data]);
      else rowProblems.push(onSheet({ row, column: fact.name, reason: parsed.error.issues[0]?.message ?? 'bad value', example: '整机保修一年' }));
    }
    const facts: Record<string, string> = Object.fromEntries(factEntries);
    const sku = read('sku');

    if (sku !== '') {
      for (const field of ['keywords', 'ids'] as const) {
        if (read(field) !== '') {
          rowProblems.push(problem(field, `SKU 行不写${PRODUCT_COLUMNS[field].headers[0]}；写在这个商品自己的行（SKU 为空的一行）/ a SKU row leaves "${field}" to its product's row`));
        }
      }
      const parsedSku = productSkuSchema.safeParse({ name: sku, facts });
      if (!parsedSku.success) rowProblems.push(problem('sku', parsedSku.error.issues[0]?.message ?? 'bad SKU'));
      if (rowProblems.length > 0) invalid.push(...rowProblems);
      else skuRows.push({ name, sku: parsedSku.success ? parsedSku.data.name : sku, facts, row, problem });
      continue;
    }

    const keywords = read('keywords')
      .split(LIST_SEPARATOR)
      .map((part) => part.trim())
      .filter((part) => part !== '');
    if (keywords.some((keyword) => keyword.length > 40)) rowProblems.push(problem('keywords', '每个关键词最长 40 个字符 / a keyword is at most 40 characters'));
    const ids = readItemIds(read('ids'));
    if ('problem' in ids) rowProblems.push(problem('ids', ids.problem));
    else {
      for (const ref of ids.ids) {
        const owner = idOwners.get(`${ref.platform}:${ref.itemId}`);
        if (owner && owner.name !== name) {
          rowProblems.push(problem('ids', `平台商品ID ${ref.platform}:${ref.itemId} 已经是第 ${owner.row} 行「${owner.name}」的；一个商品 ID 只属于一个商品 / item id already belongs to row ${owner.row}`));
        }
      }
    }
    const earlier = name === '' ? undefined : products.get(name);
    if (earlier) {
      rowProblems.push(problem('name', `商品「${name}」在第 ${earlier.row} 行已经有了；一个商品只写一行，它的 SKU 各写一行并填上 SKU 列 / duplicate product, first in row ${earlier.row}`));
    }
    if (rowProblems.length > 0 || 'problem' in ids) {
      invalid.push(...rowProblems);
      if (name !== '' && !earlier) failed.set(name, row);
      continue;
    }
    for (const ref of ids.ids) idOwners.set(`${ref.platform}:${ref.itemId}`, { name, row });
    products.set(name, { product: { name, keywords, ids: ids.ids, facts, skus: [] }, row });
  }

  for (const skuRow of skuRows) {
    const owner = products.get(skuRow.name);
    if (!owner) {
      const failedRow = failed.get(skuRow.name);
      invalid.push(
        skuRow.problem(
          'name',
          failedRow === undefined
            ? `没有商品「${skuRow.name}」自己的行；先写一行商品（SKU 为空），再在下面写它的 SKU / no product row (SKU empty) named "${skuRow.name}"`
            : `商品「${skuRow.name}」的行（第 ${failedRow} 行）有问题，它的 SKU 也导入不了 / its product's row ${failedRow} has problems`,
        ),
      );
      continue;
    }
    if (owner.product.skus.some((sku) => sku.name === skuRow.sku)) {
      invalid.push(skuRow.problem('sku', `商品「${skuRow.name}」的 SKU「${skuRow.sku}」重复 / duplicate SKU`));
      continue;
    }
    owner.product.skus.push({ name: skuRow.sku, facts: skuRow.facts });
  }
  return { products: [...products.values()].map((entry) => entry.product), invalid, failed, sheet };
}

function readProductHeader(rows: readonly (readonly Cell[])[], onSheet: (problem: Omit<ImportProblem, 'sheet'>) => ImportProblem): ProductHeader {
  const headerIndex = rows.findIndex((row) => row.some((cell) => cellText(cell).trim() !== ''));
  if (headerIndex === -1) return { headerIndex: rows.length, columnOf: new Map(), headerOf: new Map(), facts: [] };
  const cells = (rows[headerIndex] ?? []).map(cellText);
  const row = headerIndex + 1;
  if (cells.length > IMPORT_LIMITS.columns + 30) {
    throw new ImportFailure([onSheet({ row, reason: `商品表表头有 ${cells.length} 列，最多 ${IMPORT_LIMITS.columns + 30} 列 / too many columns` })]);
  }
  const columnOf = new Map<ProductField, number>();
  const headerOf = new Map<ProductField, string>();
  const facts: ProductHeader['facts'] = [];
  const problems: ImportProblem[] = [];
  cells.forEach((raw, column) => {
    const text = raw.trim();
    if (text === '') return;
    const field = productFieldForHeader(text);
    const seenAt = field === undefined ? facts.find((fact) => fact.name === text)?.column : columnOf.get(field);
    if (seenAt !== undefined) {
      problems.push({ row, column: text, reason: `「${text}」和 ${columnLetter(seenAt)} 列是同一栏；每栏只能出现一次 / the same column appears twice` });
      return;
    }
    if (field !== undefined) {
      columnOf.set(field, column);
      headerOf.set(field, text);
      return;
    }
    const name = factNameSchema.safeParse(text);
    if (name.success) facts.push({ name: name.data, column });
    else problems.push({ row, column: `${text}（${columnLetter(column)} 列）`, reason: `这一列会当作商品参数，但${name.error.issues[0]?.message ?? '名称不行'}`, example: '保修' });
  });
  for (const field of PRODUCT_FIELDS) {
    if (PRODUCT_COLUMNS[field].required && !columnOf.has(field)) {
      problems.push({
        row,
        column: PRODUCT_COLUMNS[field].headers[0],
        reason: `商品表的表头缺少「${PRODUCT_COLUMNS[field].headers.join('」或「')}」列 / the products header has no "${field}" column`,
        example: '商品名称,关键词,平台商品ID,SKU,材质,保修',
      });
    }
  }
  if (problems.length > 0) throw new ImportFailure(problems.map(onSheet));
  return { headerIndex, columnOf, headerOf, facts };
}

/** 平台商品ID: `pdd:123|jd:456` (platform first; 拼多多:123 too); a repeated id counts once. */
export function readItemIds(cell: string): { ids: ProductIdRef[] } | { problem: string } {
  const ids: ProductIdRef[] = [];
  for (const part of cell.split(LIST_SEPARATOR).map((text) => text.trim()).filter((text) => text !== '')) {
    const match = /^([^:：]+)[:：](.+)$/.exec(part);
    const platform = match ? platformNamed(match[1] ?? '') : undefined;
    if (!match || platform === undefined) {
      return { problem: `"${part}" 不是 平台:商品编号；平台是 taobao、jd、pdd、douyin、kuaishou（或 淘宝、京东、拼多多、抖音、快手），多个用 | 隔开 / write platform:itemId, e.g. pdd:6524871930` };
    }
    const itemId = itemIdSchema.safeParse(match[2] ?? '');
    if (!itemId.success) return { problem: `"${part}"：${itemId.error.issues[0]?.message ?? 'bad item id'}` };
    if (!ids.some((ref) => ref.platform === platform && ref.itemId === itemId.data)) ids.push({ platform, itemId: itemId.data });
  }
  return { ids };
}
