import Papa from 'papaparse';

/**
 * A CSV file Excel opens correctly: UTF-8 with a BOM (without one, Chinese Excel reads it as
 * GBK and shows mojibake), CRLF line ends, and cells starting with = + - @ written as '= … so
 * Excel shows a phrase instead of running it as a formula (the importer reads them back as written).
 */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\ufeff${Papa.unparse(rows.map((row) => [...row]), { newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/ })}\r\n`;
}
