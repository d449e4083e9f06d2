import { afterEach, describe, expect, it, vi } from 'vitest';
import { readShippedData, ShippedDataError } from '../../../utils/shipped-data/read-shipped-data';
import { loadShippedDefaultPack } from '../../../utils/library/shipped-default-pack';
import { DEFAULT_PACK_ID, DEFAULT_PACK_VERSION } from '../../../utils/packs/default-pack-version';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('reading the data files the package ships', () => {
  it('reads a file from the extension’s own URL, parsed', async () => {
    const pack = await readShippedData('default-pack.json');
    expect(pack).toMatchObject({ id: DEFAULT_PACK_ID, version: DEFAULT_PACK_VERSION });
  });

  it('says which file is missing when the package lacks it', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
    await expect(readShippedData('tone-corpus.json')).rejects.toThrow(ShippedDataError);
    await expect(readShippedData('tone-corpus.json')).rejects.toThrow(/tone-corpus\.json.*HTTP 404/);
  });

  it('says which file is broken when it is not JSON', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"lines": [', { status: 200 })));
    await expect(readShippedData('risk-corpus.json')).rejects.toThrow(/risk-corpus\.json is not valid JSON/);
  });

  it('tries again after a failed read of the default pack, instead of keeping the failure', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
    await expect(loadShippedDefaultPack()).rejects.toThrow(/default-pack\.json/);
    vi.unstubAllGlobals();
    const pack = await loadShippedDefaultPack();
    expect(pack.id).toBe(DEFAULT_PACK_ID);
    expect(pack.phrases.length).toBeGreaterThan(1000);
  });
});
