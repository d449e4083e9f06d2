import type { ExportedFile } from '../../utils/packs/import-protocol';

/** Saves a file the background produced, through a Blob URL and <a download> (no `downloads` permission). */
export function downloadFile(file: ExportedFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
