import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readErrorLog } from '../../../utils/diagnostics/error-log';
import { installErrorLog, recordCaughtError, type ErrorEventLike, type ErrorScope, type RejectionEventLike } from '../../../utils/diagnostics/install-error-log';

/** A window / service-worker scope whose events the test fires by hand. */
function fakeScope() {
  const errors = new Set<(event: ErrorEventLike) => void>();
  const rejections = new Set<(event: RejectionEventLike) => void>();
  const scope = {
    addEventListener(type: string, listener: never) {
      (type === 'error' ? errors : rejections).add(listener);
    },
    removeEventListener(type: string, listener: never) {
      (type === 'error' ? errors : rejections).delete(listener);
    },
  } as ErrorScope;
  return {
    scope,
    fireError: (event: ErrorEventLike) => errors.forEach((listener) => listener(event)),
    fireRejection: (event: RejectionEventLike) => rejections.forEach((listener) => listener(event)),
    listenerCount: () => errors.size + rejections.size,
  };
}

const ORIGIN = 'chrome-extension://test-extension-id/';

function extensionError(type: new (message: string) => Error, file: string): Error {
  const error = new type('买家：我的电话是 13812345678');
  error.stack = `${error.name}: ${error.message}\n    at run (${ORIGIN}${file}:1:42)`;
  return error;
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.runtime.id = 'test-extension-id';
});

describe('every context keeps its uncaught errors in the local log', () => {
  it('the service worker logs uncaught errors and unhandled rejections with their place', async () => {
    const { scope, fireError, fireRejection } = fakeScope();
    installErrorLog('background', scope);

    fireError({ error: extensionError(TypeError, 'background.js'), filename: `${ORIGIN}background.js`, lineno: 1, colno: 42 });
    fireRejection({ reason: extensionError(RangeError, 'background.js') });

    await expect.poll(readErrorLog).toHaveLength(2);
    const entries = await readErrorLog();
    expect(entries.map(({ type, context, module }) => ({ type, context, module }))).toEqual([
      { type: 'TypeError', context: 'background', module: 'background.js:1:42' },
      { type: 'RangeError', context: 'background', module: 'background.js:1:42' },
    ]);
    expect(JSON.stringify(entries)).not.toContain('13812345678');
  });

  it('a content script keeps its own errors but not the seller page’s', async () => {
    const { scope, fireError, fireRejection } = fakeScope();
    installErrorLog('content', scope);

    const pageError = new Error('订单 20240101 地址错误');
    pageError.stack = `Error: ${pageError.message}\n    at https://mms.pinduoduo.com/chat-merchant/app.js:3:9`;
    fireError({ error: pageError, filename: 'https://mms.pinduoduo.com/chat-merchant/app.js', lineno: 3, colno: 9 });
    fireError({ error: null, filename: '', lineno: 0, colno: 0 });
    fireRejection({ reason: '13812345678' });
    fireError({ error: extensionError(TypeError, 'content-scripts/content.js'), filename: `${ORIGIN}content-scripts/content.js` });

    await expect.poll(readErrorLog).toHaveLength(1);
    expect(await readErrorLog()).toEqual([
      expect.objectContaining({ type: 'TypeError', context: 'content', module: 'content-scripts/content.js:1:42' }),
    ]);
  });

  it('an extension page logs even errors it cannot place', async () => {
    const { scope, fireRejection } = fakeScope();
    installErrorLog('popup', scope);
    fireRejection({ reason: 'timeout' });
    await expect.poll(readErrorLog).toEqual([expect.objectContaining({ type: 'NonErrorValue', context: 'popup', module: null })]);
  });

  it('removes its handlers when the context goes away (an updated content script)', () => {
    const { scope, listenerCount } = fakeScope();
    const uninstall = installErrorLog('content', scope);
    expect(listenerCount()).toBe(2);
    uninstall();
    expect(listenerCount()).toBe(0);
  });
});

describe('errors the code catches on purpose', () => {
  it('are logged with their place in the extension, or the name the code gave the spot', async () => {
    recordCaughtError('content', extensionError(TypeError, 'content-scripts/content.js'), 'stop serving');
    recordCaughtError('content', new SyntaxError('买家：13812345678'), 'stop serving');
    await expect.poll(readErrorLog).toHaveLength(2);
    expect((await readErrorLog()).map(({ type, module }) => ({ type, module }))).toEqual([
      { type: 'TypeError', module: 'content-scripts/content.js:1:42' },
      { type: 'SyntaxError', module: 'stop-serving' },
    ]);
  });
});
