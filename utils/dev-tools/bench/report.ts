import { formatFigure } from './targets';

/** A plain text table: a header row, a rule, then rows; columns padded to their widest cell. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** One `key=value` line per figure, in the order they were recorded. */
export function figureLines(figures: ReadonlyMap<string, number>): string[] {
  return [...figures].map(([key, value]) => `${key}=${formatFigure(value)}`);
}

/** "1k", "10k", "100k" — the size suffix the keys use. */
export function sizeLabel(size: number): string {
  return size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : String(size);
}
