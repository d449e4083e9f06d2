import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { callBackground, InvalidBackgroundAnswerError } from '../../../utils/messaging/background-client';
import { handleBackgroundRequest } from '../../../utils/messaging/background-handlers';
import { backgroundMessenger } from '../../../utils/messaging/background-messenger';
import type { LibraryStatus } from '../../../utils/messaging/protocol';
import { useChromeRuntimeMessaging } from '../../entrypoints/background/chrome-runtime-messaging';

beforeEach(() => {
  fakeBrowser.reset();
  useChromeRuntimeMessaging();
});
afterEach(() => {
  backgroundMessenger.removeAllListeners();
  vi.restoreAllMocks();
});

const EMPTY_LIBRARY: LibraryStatus = { phraseCount: 0, packs: [], categories: [], defaultPackRemoved: true, libraryVersion: null };

it('returns the worker’s answer, parsed with the protocol’s result schema', async () => {
  handleBackgroundRequest('getLibraryStatus', async () => EMPTY_LIBRARY);

  expect(await callBackground('getLibraryStatus')).toEqual(EMPTY_LIBRARY);
});

it('rejects an answer that does not fit the protocol (e.g. a worker from another build)', async () => {
  const listen = backgroundMessenger.onMessage as (type: string, handler: () => unknown) => unknown;
  listen('getLibraryStatus', () => ({ phraseCount: 'many' }));

  const call = callBackground('getLibraryStatus');

  await expect(call).rejects.toBeInstanceOf(InvalidBackgroundAnswerError);
  await expect(call).rejects.toThrow(/phraseCount/);
});

it('fails clearly when no worker answers', async () => {
  await expect(callBackground('getLibraryStatus')).rejects.toThrow(/Receiving end does not exist/);
});
