import { browser } from 'wxt/browser';
import type { ErrorLogEntry, ErrorLogExport } from '../../utils/diagnostics/error-entry';
import { clearErrorLog, exportErrorLog, readErrorLog, watchErrorLog } from '../../utils/diagnostics/error-log';

/** What the error-log view needs; the options page passes the real one, tests a fake. */
export interface ErrorLogServices {
  load(): Promise<ErrorLogEntry[]>;
  watch(onChange: (entries: ErrorLogEntry[]) => void): () => void;
  clear(): Promise<void>;
  exportLog(): Promise<ErrorLogExport>;
  /** Hands a file to the browser's download (no `downloads` permission: an <a download>). */
  saveFile(fileName: string, json: string): void;
}

function saveWithLink(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download synchronously; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const localErrorLogServices: ErrorLogServices = {
  load: readErrorLog,
  watch: watchErrorLog,
  clear: clearErrorLog,
  exportLog: () => exportErrorLog(browser.runtime.getManifest().version),
  saveFile: saveWithLink,
};
