import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { callBackground } from '../../../utils/messaging/background-client';
import { handleBackgroundRequest, InvalidBackgroundRequestError } from '../../../utils/messaging/background-handlers';
import { backgroundMessenger } from '../../../utils/messaging/background-messenger';
import { useChromeRuntimeMessaging } from '../../entrypoints/background/chrome-runtime-messaging';

beforeEach(() => {
  fakeBrowser.reset();
  useChromeRuntimeMessaging();
});
afterEach(() => {
  backgroundMessenger.removeAllListeners();
  vi.restoreAllMocks();
});

const SEARCH_RESULT = [
  { uid: 'tea-shop/ship-001', packId: 'tea-shop', id: 'ship-001', text: '亲，今天下午四点前付款当天发', category: 'shipping', triggers: [], tags: [] },
];

describe('a background handler', () => {
  it('receives the request data parsed, with the protocol’s defaults filled in', async () => {
    const handler = vi.fn(async () => ({ buyerTurn: null, suggestions: [] }));
    handleBackgroundRequest('suggest', handler);

    await callBackground('suggest', { thread: { messages: [{ role: 'buyer', text: '在吗' }] } });

    expect(handler).toHaveBeenCalledWith(
      { thread: { site: 'generic', messages: [{ role: 'buyer', text: '在吗' }] } },
      expect.objectContaining({ id: fakeBrowser.runtime.id }),
    );
  });

  it('refuses malformed data with a clear error, and never runs', async () => {
    const handler = vi.fn(async () => SEARCH_RESULT);
    handleBackgroundRequest('searchPhrases', handler);
    const send = backgroundMessenger.sendMessage as (type: string, data: unknown) => Promise<unknown>;

    const refused = send('searchPhrases', { query: 42, limit: 0 });

    await expect(refused).rejects.toThrow(/background request "searchPhrases" was refused/);
    await expect(refused).rejects.toMatchObject({ name: InvalidBackgroundRequestError.name });
    await expect(send('searchPhrases', { query: 42 })).rejects.toThrow(/query/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes a failure inside the handler back to the caller', async () => {
    handleBackgroundRequest('removePack', async () => {
      throw new Error('数据库已损坏 / the database is damaged');
    });

    await expect(callBackground('removePack', { packId: 'tea-shop' })).rejects.toThrow(/the database is damaged/);
  });
});
