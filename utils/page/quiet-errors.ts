import { recordCaughtError } from '../diagnostics/install-error-log';

/**
 * The content script is a guest on the seller's page: its errors never surface there (no
 * uncaught exception in the page's console, nothing for the page's error reporting to
 * collect). Every boundary — main, event listeners, promise chains — catches and logs here,
 * at debug level, without chat text.
 */
export function logQuietly(where: string, error: unknown): void {
  // Expected once the extension is updated under the page: the clean-up is already under way.
  if (isContextInvalidated(error)) return;
  // The team lead's error log keeps only the error's type and place, never its message.
  recordCaughtError('content', error, where);
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.debug(`[话术助手] ${where}: ${message.slice(0, 300)}`);
}

/** Runs `work`, logging instead of throwing; returns undefined when it threw. */
export function runQuietly<T>(where: string, work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    logQuietly(where, error);
    return undefined;
  }
}

/** Wraps a listener so nothing it throws escapes to the page. */
export function quietly<A extends unknown[]>(where: string, listener: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    runQuietly(where, () => listener(...args));
  };
}

/** How Chrome says the extension was updated or removed under a running content script. */
export function isContextInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /extension context invalidated/i.test(message);
}
