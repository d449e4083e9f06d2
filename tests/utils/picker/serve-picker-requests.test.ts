import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installPack } from '../../../utils/library/install-pack';
import { serveLibraryRequests, type LibraryService } from '../../../utils/worker/serve-library-requests';
import { callBackground } from '../../../utils/messaging/background-client';
import { backgroundMessenger } from '../../../utils/messaging/background-messenger';
import { DEFAULT_PACK_ID } from '../../../utils/packs/default-pack-version';
import { servePickerRequests } from '../../../utils/worker/serve-picker-requests';
import { useChromeRuntimeMessaging } from '../../entrypoints/background/chrome-runtime-messaging';
import { closeTestLibraryDbs, freshLibraryDbName, openTestLibraryDb } from '../db/test-library-db';
import { TEA_SHOP_PACK } from '../library/test-packs';

let library: LibraryService;
let stopPicker: () => void;
let dbName: string;

beforeEach(() => {
  fakeBrowser.reset();
  useChromeRuntimeMessaging();
  dbName = freshLibraryDbName();
  const db = openTestLibraryDb(dbName);
  library = serveLibraryRequests(db);
  stopPicker = servePickerRequests(db, library.ensureSeeded);
});
afterEach(() => {
  stopPicker();
  library.stop();
  backgroundMessenger.removeAllListeners();
  closeTestLibraryDbs();
});

describe('pickerSearch: the page asks the background what /… matches', () => {
  it('answers /hy with the default pack greeting first, at most six phrases', async () => {
    const found = await callBackground('pickerSearch', { query: 'hy' });
    expect(found[0]?.shortcut).toBe('hy');
    expect(found[0]?.category).toBe('greeting');
    expect(found.length).toBeLessThanOrEqual(6);
  });

  it('sends each phrase with its topic’s names, so the page shows 接待问候 without a table of topics', async () => {
    const [greeting] = await callBackground('pickerSearch', { query: 'hy' });
    expect(greeting?.topic).toBe('greeting.open');
    expect(greeting?.topicLabels).toEqual({ 'zh-CN': '接待问候', en: 'Welcome' });
  });

  it('finds phrases by full pinyin and by Chinese', async () => {
    const byPinyin = await callBackground('pickerSearch', { query: 'huanying', limit: 3 });
    const byText = await callBackground('pickerSearch', { query: '欢迎', limit: 3 });
    expect(byPinyin.length).toBeGreaterThan(0);
    expect(byPinyin.every((phrase) => phrase.text.includes('欢迎'))).toBe(true);
    expect(byText.every((phrase) => phrase.text.includes('欢迎'))).toBe(true);
  });

  it('follows the library: a pack removed is no longer listed, one installed is', async () => {
    expect((await callBackground('pickerSearch', { query: 'hy' })).length).toBeGreaterThan(0);
    await callBackground('removePack', { packId: DEFAULT_PACK_ID });
    expect(await callBackground('pickerSearch', { query: 'hy' })).toEqual([]);
    await installPack(openTestLibraryDb(dbName), TEA_SHOP_PACK);
    const [brewing] = await callBackground('pickerSearch', { query: 'pf' });
    expect(brewing?.text).toContain('绿茶');
  });

  it('refuses an empty or overlong query', async () => {
    await expect(callBackground('pickerSearch', { query: '' })).rejects.toThrow();
    await expect(callBackground('pickerSearch', { query: 'a'.repeat(41) })).rejects.toThrow();
  });
});
