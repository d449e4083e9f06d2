import Papa from 'papaparse';
import { decodeText, type TextEncodingName } from './decode-text';
import { ImportFailure } from './import-problem';
import { IMPORT_LIMITS } from './limits';

export interface CsvRows {
  rows: string[][];
  encoding: TextEncodingName;
  bom: boolean;
}

/**
 * Reads a phrase spreadsheet saved as CSV (comma, tab or semicolon separated; UTF-8 with or
 * without BOM, UTF-16, or GB18030). Rows keep their positions — blank lines included — so row
 * n here is row n + 1 in Excel even when a cell spans several lines.
 */
export function readCsvRows(bytes: Uint8Array, maxRows: number = IMPORT_LIMITS.rows): CsvRows {
  const { text, encoding, bom } = decodeText(bytes);
  const result = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimitersToGuess: [',', '\t', ';'],
    // Everything stays text: "001" must not become 1, nor a shortcut a number.
    dynamicTyping: false,
    preview: maxRows + 1,
  });
  const fatal = result.errors.filter((error) => error.type === 'Quotes');
  if (fatal.length > 0) {
    throw new ImportFailure(
      fatal.slice(0, 20).map((error) => ({
        ...(error.row === undefined ? {} : { row: error.row + 1 }),
        reason: `引号没有配对（${error.message}）；一格里的引号要写成两个 "" / unmatched quote in CSV`,
        example: '"亲，这款是""爆款""哦"',
      })),
    );
  }
  return { rows: result.data.map((row) => (Array.isArray(row) ? row.map((cell) => String(cell)) : [])), encoding, bom };
}
