import { unzipSync, zipSync, type Unzipped } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { ImportFailure } from './import-problem';
import { IMPORT_LIMITS, formatBytes } from './limits';
import { isProductSheetName } from './product-columns';
import type { Cell } from './rows-to-pack';

export interface XlsxRows {
  /** The phrase sheet: the first one that is not the products sheet. */
  rows: Cell[][];
  sheetName: string;
  /** The products sheet (`商品` / `products`, pack format 3), when the workbook has one. */
  products?: { rows: Cell[][]; sheetName: string };
  /** Other sheets in the workbook, which the import does not read. */
  otherSheets: string[];
}

/**
 * Reads the phrase sheet (the first) and the products sheet of an .xlsx workbook with
 * read-excel-file, keeping row positions.
 *
 * The archive is unpacked here first, synchronously and within a size budget, then handed over
 * re-packed without compression: read-excel-file inflates large parts in a Web Worker made from
 * a blob: URL, which neither an MV3 service worker (no Worker) nor an extension page (CSP
 * worker-src 'self') may start. Unpacking ourselves also stops zip bombs before they inflate.
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<XlsxRows> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new ImportFailure([{ reason: '这不是 .xlsx 文件（Excel 2007 及以后的格式）；旧的 .xls 请在 Excel 里另存为 .xlsx / not an .xlsx file', example: '话术.xlsx' }]);
  }
  const parts = unpackXmlParts(bytes);
  const stored = zipSync(parts, { level: 0 });
  let sheets;
  try {
    sheets = await readXlsxFile(stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer);
  } catch (error) {
    throw new ImportFailure([{ reason: `读不出这个 Excel 文件：${error instanceof Error ? error.message : String(error)} / could not read the workbook`, example: '在 Excel 里另存为 .xlsx 再试' }]);
  }
  const productSheet = sheets.find((sheet) => isProductSheetName(sheet.sheet));
  const [first, ...others] = sheets.filter((sheet) => sheet !== productSheet);
  if (!first) throw new ImportFailure([{ reason: '这个 Excel 文件里没有话术工作表 / the workbook has no phrase sheet' }]);
  return {
    rows: first.data.map((row) => [...row] as Cell[]),
    sheetName: first.sheet,
    ...(productSheet ? { products: { rows: productSheet.data.map((row) => [...row] as Cell[]), sheetName: productSheet.sheet } } : {}),
    otherSheets: others.map((sheet) => sheet.sheet),
  };
}

function unpackXmlParts(bytes: Uint8Array): Unzipped {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (!file.name.endsWith('.xml') && !file.name.endsWith('.rels')) return false;
        total += file.originalSize;
        if (total > IMPORT_LIMITS.unpackedBytes) {
          throw new ImportFailure([
            { reason: `这个 Excel 文件解压后超过 ${formatBytes(IMPORT_LIMITS.unpackedBytes)}；话术表不会这么大 / the workbook unpacks to more than ${formatBytes(IMPORT_LIMITS.unpackedBytes)}` },
          ]);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportFailure) throw error;
    throw new ImportFailure([{ reason: `Excel 文件已损坏，解不开（${error instanceof Error ? error.message : String(error)}） / the .xlsx archive is damaged`, example: '在 Excel 里重新保存为 .xlsx' }]);
  }
}
