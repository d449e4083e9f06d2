import { packProductsToCsv } from '../../../utils/packs/pack-to-csv';
import { packToXlsx } from '../../../utils/packs/pack-to-xlsx';
import { PRODUCT_SHEET } from '../../../utils/packs/product-columns';
import { XLSX_MIME_TYPE } from '../../../utils/packs/write-xlsx';
import { packSchema } from '../../../utils/schemas/pack';
import { downloadBlob, downloadFile } from '../download-file';
import type { OptionsServices } from '../options-services';

export type PackExportFormat = 'json' | 'csv' | 'xlsx';

/**
 * Downloads an installed pack. JSON and CSV come from the background as they always have; the
 * workbook is made here from the JSON export (binary does not travel in a runtime message), with
 * the same rows as the CSV, and so is a format-3 pack's second CSV file, its products.
 */
export async function downloadPackExport(services: OptionsServices, packId: string, format: PackExportFormat): Promise<void> {
  if (format === 'json') {
    downloadFile(await services.call('exportPack', { packId, format }));
    return;
  }
  const file = await services.call('exportPack', { packId, format: 'json' });
  const pack = packSchema.parse(JSON.parse(file.text));
  if (format === 'csv') {
    downloadFile(await services.call('exportPack', { packId, format: 'csv' }));
    // A CSV is one sheet: the products go in a second file, which `--products` and the import read back.
    if (pack.products.length > 0) downloadFile({ fileName: productsCsvName(file.fileName), mimeType: 'text/csv', text: packProductsToCsv(pack) });
    return;
  }
  const bytes = packToXlsx(pack);
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME_TYPE }), file.fileName.replace(/\.json$/, '.xlsx'));
}

/** `cups-1.0.0.json` → `cups-1.0.0-商品.csv`. */
export function productsCsvName(jsonFileName: string): string {
  return jsonFileName.replace(/\.json$/, '') + `-${PRODUCT_SHEET}.csv`;
}
