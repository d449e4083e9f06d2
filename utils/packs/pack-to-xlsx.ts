import type { Pack } from '../schemas/pack';
import { EXPORT_ORDER, exportOrder, packToRows } from './pack-to-csv';
import type { SpreadsheetField } from './spreadsheet-columns';
import { PRODUCT_SHEET, isProductSheetName } from './product-columns';
import { productsToRows } from './products-to-rows';
import { writeXlsx } from './write-xlsx';

/** Excel's character widths for the export's columns: room for a phrase, its triggers and products, the rest narrow. */
export function phraseSheetWidths(order: readonly SpreadsheetField[]): number[] {
  return order.map((field) => (field === 'text' ? 48 : field === 'triggers' || field === 'products' ? 28 : 14));
}
export const PHRASE_SHEET_WIDTHS: readonly number[] = phraseSheetWidths(EXPORT_ORDER);

/** The products sheet's widths: the name, keywords and ids wide, then the SKU and the facts. */
export function productSheetWidths(columns: number): number[] {
  return Array.from({ length: columns }, (_, index) => (index === 0 ? 28 : index < 3 ? 22 : index === 3 ? 14 : 18));
}

/**
 * A pack as the workbook a lead keeps: the same rows as the CSV export in a sheet named after the
 * pack, and, when it has products, the products sheet 商品 after it.
 */
export function packToXlsx(pack: Pack): Uint8Array {
  const products = productsToRows(pack.products);
  return writeXlsx([
    {
      // The phrase sheet must not take the products sheet's name, or it would be read as products.
      name: isProductSheetName(pack.name) ? `${pack.name} 话术` : pack.name,
      header: true,
      rows: packToRows(pack),
      widths: phraseSheetWidths(exportOrder(pack)),
    },
    ...(pack.products.length === 0 ? [] : [{ name: PRODUCT_SHEET, header: true, rows: products, widths: productSheetWidths(products[0]?.length ?? 4) }]),
  ]);
}
