import { importTemplateXlsx, TEMPLATE_FILE_NAME } from '../../../utils/packs/import-template';
import { XLSX_MIME_TYPE } from '../../../utils/packs/write-xlsx';
import { downloadBlob } from '../../options/download-file';

/** 下载模板: written on the page, nothing to ask the background for. */
export function downloadImportTemplate(): void {
  downloadBlob(new Blob([importTemplateXlsx() as Uint8Array<ArrayBuffer>], { type: XLSX_MIME_TYPE }), TEMPLATE_FILE_NAME);
}
