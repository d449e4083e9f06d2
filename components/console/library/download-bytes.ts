/** Saves bytes made on this page (an .xlsx workbook) through a Blob URL and <a download>, as download-file.ts does for text. */
export function downloadBytes(bytes: Uint8Array, fileName: string, mimeType: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
