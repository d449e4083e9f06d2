import type { Pack } from '../schemas/pack';
import { EXPORT_ORDER, packToRows } from './pack-to-csv';
import { writeXlsx } from './write-xlsx';

/** Excel's character widths for the export's columns: room for a phrase, its triggers, the rest narrow. */
export const PHRASE_SHEET_WIDTHS: readonly number[] = EXPORT_ORDER.map((field) => (field === 'text' ? 48 : field === 'triggers' ? 28 : 14));

/** A pack as the workbook a lead keeps: the same rows as the CSV export, one sheet named after the pack. */
export function packToXlsx(pack: Pack): Uint8Array {
  return writeXlsx([
    {
      name: pack.name,
      header: true,
      rows: packToRows(pack),
      widths: PHRASE_SHEET_WIDTHS,
    },
  ]);
}
