import { packToXlsx } from '../../../utils/packs/pack-to-xlsx';
import { XLSX_MIME_TYPE } from '../../../utils/packs/write-xlsx';
import { packSchema } from '../../../utils/schemas/pack';
import { downloadBlob, downloadFile } from '../download-file';
import type { OptionsServices } from '../options-services';

export type PackExportFormat = 'json' | 'csv' | 'xlsx';

/**
 * Downloads an installed pack. JSON and CSV come from the background as they always have; the
 * workbook is made here from the JSON export (binary does not travel in a runtime message), with
 * the same rows as the CSV.
 */
export async function downloadPackExport(services: OptionsServices, packId: string, format: PackExportFormat): Promise<void> {
  if (format !== 'xlsx') {
    downloadFile(await services.call('exportPack', { packId, format }));
    return;
  }
  const file = await services.call('exportPack', { packId, format: 'json' });
  const bytes = packToXlsx(packSchema.parse(JSON.parse(file.text)));
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME_TYPE }), file.fileName.replace(/\.json$/, '.xlsx'));
}
