import { browser } from 'wxt/browser';
import { describeError, extensionPlaceOf } from './describe-error';
import type { ErrorContext } from './error-entry';
import { recordError } from './error-log';

/**
 * Installs the uncaught-error and unhandled-rejection handlers of one context (service worker,
 * extension page or content script) into the error log. Returns a function that removes them.
 *
 * In a content script only errors from the extension's own files are kept: the page's errors are
 * none of our business, and its script URLs could name a conversation.
 */
export function installErrorLog(context: ErrorContext, scope: ErrorScope | undefined = globalScope()): () => void {
  if (!scope) return () => {};
  const extensionOrigin = browser.runtime.getURL('/');
  const ownErrorsOnly = context === 'content';

  const remember = (value: unknown, fallbackPlace: string | null) => {
    const { type, module } = describeError(value, extensionOrigin);
    const place = module ?? fallbackPlace;
    if (ownErrorsOnly && place === null) return;
    void recordError({ type, context, module: place, time: Date.now() });
  };

  const onError = (event: ErrorEventLike) => {
    try {
      remember(event.error, extensionPlaceOf(event.filename ?? '', event.lineno ?? 0, event.colno ?? 0, extensionOrigin));
    } catch {
      // The handler of last resort must not throw itself.
    }
  };
  const onRejection = (event: RejectionEventLike) => {
    try {
      remember(event.reason, null);
    } catch {
      // as above
    }
  };

  scope.addEventListener('error', onError);
  scope.addEventListener('unhandledrejection', onRejection);
  return () => {
    scope.removeEventListener('error', onError);
    scope.removeEventListener('unhandledrejection', onRejection);
  };
}

/**
 * For errors the code catches on purpose (a content script never lets one reach the page): logs
 * it like an uncaught one, placed by its stack or else by `where`, a name the code gives the spot
 * ("stop serving" → "stop-serving"). Never throws.
 */
export function recordCaughtError(context: ErrorContext, error: unknown, where: string): void {
  try {
    const { type, module } = describeError(error, browser.runtime.getURL('/'));
    const place = module ?? (where.trim().replace(/[^\w./-]+/g, '-').slice(0, 120) || null);
    void recordError({ type, context, module: place, time: Date.now() });
  } catch {
    // as above: a failing log must not become another error
  }
}

/** `self` in a worker, `window` in a page; none in Node (unit tests start entrypoints there). */
function globalScope(): ErrorScope | undefined {
  const scope = globalThis as unknown as Partial<ErrorScope>;
  return typeof scope.addEventListener === 'function' ? (scope as ErrorScope) : undefined;
}

/** What the handlers read from an ErrorEvent (window and service worker alike). */
export interface ErrorEventLike {
  error?: unknown;
  filename?: string;
  lineno?: number;
  colno?: number;
}
export interface RejectionEventLike {
  reason?: unknown;
}

/** `window` or a service worker's `self`. */
export interface ErrorScope {
  addEventListener(type: 'error', listener: (event: ErrorEventLike) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (event: RejectionEventLike) => void): void;
  removeEventListener(type: 'error', listener: (event: ErrorEventLike) => void): void;
  removeEventListener(type: 'unhandledrejection', listener: (event: RejectionEventLike) => void): void;
}
