import { csvText } from '../packs/csv-text';

/** One column of a console table: its heading and how a row shows in it. */
export interface TableColumn<Row> {
  key: string;
  title: string;
  value: (row: Row) => string | number;
}

/** The table as the lead sees it, as a CSV file Excel opens (same headings, same rows, same order). */
export function tableToCsv<Row>(columns: readonly TableColumn<Row>[], rows: readonly Row[]): string {
  return csvText([columns.map((column) => column.title), ...rows.map((row) => columns.map((column) => String(column.value(row))))]);
}
