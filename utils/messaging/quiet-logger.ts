import type { Logger } from '@webext-core/messaging';

/**
 * @webext-core logs every message it carries at debug level, chat text included; neither the
 * seller page's console nor the worker's is a place for a buyer's words. Warnings and errors
 * (which carry only the error) still show.
 */
export const quietLogger: Logger = {
  debug() {},
  log() {},
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => console.error(...args),
};
