import type { Pack } from '../schemas/pack';
import { decodeText } from './decode-text';
import { ImportFailure, type ImportProblem } from './import-problem';
import { IMPORT_LIMITS, formatBytes } from './limits';
import { readCsvRows } from './read-csv';
import { readPackJson } from './read-pack-json';
import { PRODUCT_SHEET } from './product-columns';
import { rowsToPack, type SheetImport, type SheetOptions } from './rows-to-pack';
import { rowsToProducts, type ProductsImport } from './rows-to-products';
import { TEMPLATE_RULES_SHEET } from './spreadsheet-columns';
import { compileRules, WordingRulesError } from '../risky-wording/compile-rules';

export const IMPORT_KINDS = ['json', 'csv', 'xlsx'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportOptions extends SheetOptions {
  /** What the file is; when absent, guessed from its name and first bytes. */
  kind?: ImportKind | undefined;
  /** The products sheet as a second CSV file, beside a CSV phrase sheet (pack format 3). */
  products?: { bytes: Uint8Array; fileName: string } | undefined;
}

export type ParsedImport =
  | { ok: true; kind: ImportKind; pack: Pack; invalid: ImportProblem[]; notices: string[] }
  | { ok: false; kind?: ImportKind; problems: ImportProblem[] };

/**
 * The importer's boundary: bytes of a JSON pack, a CSV or an XLSX in, a parsed pack (plus the
 * rows it had to leave out) or a list of specific problems out. It never throws and never
 * touches the library; the same code runs in the worker, the options page and the CLI.
 */
export async function parseImportFile(bytes: Uint8Array, options: ImportOptions = {}): Promise<ParsedImport> {
  const kind = options.kind ?? importKindOf(options.fileName, bytes);
  try {
    if (bytes.byteLength > IMPORT_LIMITS.fileBytes) {
      throw new ImportFailure([
        { reason: `文件有 ${formatBytes(bytes.byteLength)}，最大 ${formatBytes(IMPORT_LIMITS.fileBytes)}；请拆成几个文件 / the file is larger than ${formatBytes(IMPORT_LIMITS.fileBytes)}` },
      ]);
    }
    if (bytes.byteLength === 0) throw new ImportFailure([{ reason: '文件是空的 / the file is empty', example: '分类,话术' }]);
    if (kind === undefined) {
      throw new ImportFailure([{ reason: '认不出文件类型；支持 .json、.csv 和 .xlsx / unknown file type; use .json, .csv or .xlsx', example: '话术.xlsx' }]);
    }
    const parsed = await parseAs(kind, bytes, options);
    checkRulesCompile(parsed.pack);
    return { ok: true, kind, ...parsed };
  } catch (error) {
    return { ok: false, ...(kind === undefined ? {} : { kind }), problems: problemsOf(error) };
  }
}

async function parseAs(kind: ImportKind, bytes: Uint8Array, options: ImportOptions): Promise<{ pack: Pack; invalid: ImportProblem[]; notices: string[] }> {
  switch (kind) {
    case 'json':
      return readPackJson(decodeText(bytes).text);
    case 'csv': {
      if (options.products && options.products.bytes.byteLength > IMPORT_LIMITS.fileBytes) {
        throw new ImportFailure([{ reason: `商品文件大于 ${formatBytes(IMPORT_LIMITS.fileBytes)} / the products file is too large` }]);
      }
      const products = options.products ? rowsToProducts(readCsvRows(options.products.bytes, IMPORT_LIMITS.productRows).rows, sheetOfFile(options.products.fileName)) : undefined;
      const csv = readCsvRows(bytes);
      const sheet = withProductProblems(products, () => rowsToPack(csv.rows, options, products));
      const encodingNotice = csv.encoding === 'gb18030' ? ['按 GB18030（GBK）编码读取 / read as GB18030 (GBK)'] : [];
      return { ...sheet, notices: [...encodingNotice, ...sheet.notices] };
    }
    case 'xlsx': {
      // Loaded when a spreadsheet arrives: the worker's bundle keeps the reader (an MV3 worker
      // cannot load code later), but its zip library builds tables when it loads, which every
      // wake of the worker paid before its first answer.
      const { readXlsxRows } = await import('./read-xlsx');
      const xlsx = await readXlsxRows(bytes);
      const onSheet = (problem: ImportProblem): ImportProblem => (problem.row === undefined || problem.sheet !== undefined ? problem : { sheet: xlsx.sheetName, ...problem });
      let sheet;
      try {
        const products = xlsx.products ? rowsToProducts(xlsx.products.rows, xlsx.products.sheetName) : undefined;
        sheet = withProductProblems(products, () => rowsToPack(xlsx.rows, options, products));
      } catch (error) {
        throw error instanceof ImportFailure ? new ImportFailure(error.problems.map(onSheet)) : error;
      }
      const ignored = xlsx.otherSheets.filter((name) => name !== TEMPLATE_RULES_SHEET);
      const otherSheets = ignored.length === 0 ? [] : [`只读取了第一个工作表「${xlsx.sheetName}」${xlsx.products ? `和「${xlsx.products.sheetName}」` : ''}，忽略了：${ignored.join('、')} / read only the phrase and products sheets`];
      return { ...sheet, invalid: sheet.invalid.map(onSheet), notices: [...otherSheets, ...sheet.notices] };
    }
  }
}

/** The products sheet's invalid rows come first, with the phrase sheet's after; a failing phrase sheet lists both. */
function withProductProblems(products: ProductsImport | undefined, readPhrases: () => SheetImport): SheetImport {
  const productProblems = products?.invalid ?? [];
  try {
    const sheet = readPhrases();
    return { ...sheet, invalid: [...productProblems, ...sheet.invalid] };
  } catch (error) {
    throw error instanceof ImportFailure && productProblems.length > 0 ? new ImportFailure([...productProblems, ...error.problems]) : error;
  }
}

/** A CSV file is one sheet, which Excel names after the file. */
function sheetOfFile(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]+$/, '') || PRODUCT_SHEET;
}

/** The schema checks each rule; compiling also finds terms that normalise to nothing. */
function checkRulesCompile(pack: Pack): void {
  try {
    compileRules(pack.rules);
  } catch (error) {
    if (!(error instanceof WordingRulesError)) throw error;
    throw new ImportFailure(error.problems.map((problem) => ({ path: 'rules', column: 'rules', reason: problem, example: '"terms": ["加微信"]' })));
  }
}

/**
 * A zip archive is a workbook whatever its name (no text file starts with PK\x03\x04); otherwise
 * by extension, and a file without one by its first bytes ({ → json).
 */
export function importKindOf(fileName: string | undefined, bytes: Uint8Array): ImportKind | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  const extension = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (extension === 'json' || extension === 'csv' || extension === 'xlsx') return extension;
  if (extension === 'tsv' || extension === 'txt') return 'csv';
  // Old binary workbooks get the xlsx reader's message: save it as .xlsx.
  if (extension === 'xls') return 'xlsx';
  const start = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('{')) return 'json';
  return extension === undefined ? 'csv' : undefined;
}

function problemsOf(error: unknown): ImportProblem[] {
  if (error instanceof ImportFailure) return [...error.problems];
  const message = error instanceof Error ? error.message : String(error);
  return [{ reason: `读取文件时出错：${message} / could not read the file`, example: '在 Excel 里另存为 .xlsx 或 CSV UTF-8 再试' }];
}
