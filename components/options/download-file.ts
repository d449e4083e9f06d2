import type { ExportedFile } from '../../utils/packs/import-protocol';

/** Saves a file the background produced, through a Blob URL and <a download> (no `downloads` permission). */
export function downloadFile(file: ExportedFile, doc: Document = document): void {
  downloadBlob(new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }), file.fileName, doc);
}

/** Saves bytes made on the page (an XLSX workbook) the same way. */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
