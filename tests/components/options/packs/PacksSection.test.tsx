// @vitest-environment jsdom
import { ANTD_TEST_TIMEOUT_MS } from '../../console/antd-in-jsdom';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsoleProvider } from '../../../../components/console/ConsoleProvider';
import type { OptionsServices } from '../../../../components/options/options-services';
import { PacksSection } from '../../../../components/options/packs/PacksSection';
import type { LibraryStatus } from '../../../../utils/messaging/protocol';
import { packToCsv, packToJson } from '../../../../utils/packs/pack-to-csv';
import { parseImportFile } from '../../../../utils/packs/parse-import-file';
import { packSchema } from '../../../../utils/schemas/pack';

const downloads: { fileName: string; blob?: Blob; text?: string }[] = [];
vi.mock('../../../../components/options/download-file', () => ({
  downloadFile: (file: { fileName: string; text: string }) => downloads.push(file),
  downloadBlob: (blob: Blob, fileName: string) => downloads.push({ blob, fileName }),
}));
vi.mock('../../../../utils/library/pack-phrase-counts', () => ({ packPhraseCounts: async () => ({ 'tea-shop': 12 }), packProductCounts: async () => ({ 'tea-shop': 1 }) }));

afterEach(() => {
  cleanup();
  downloads.length = 0;
});

const TEA_SHOP = packSchema.parse({
  format: 3,
  id: 'tea-shop',
  name: '茶叶店',
  version: '2.0.0',
  author: '主管',
  phrases: [{ id: 'brew-001', category: 'product', text: '亲，绿茶用80度的水冲泡～', triggers: ['怎么泡'] }],
  products: [{ name: '明前龙井 250g', ids: [{ platform: 'taobao', itemId: '5501' }], facts: { 产地: '杭州西湖', 保质期: '18个月' } }],
});

function status(packs: LibraryStatus['packs']): LibraryStatus {
  return { phraseCount: 12, packs, categories: [], defaultPackRemoved: false, libraryVersion: 'v1' };
}

function fakeServices() {
  let packs: LibraryStatus['packs'] = [
    { id: 'tea-shop', name: '茶叶店', version: '2.0.0', author: '主管', language: 'zh-CN', installedAt: 1_700_000_000_000, updatedAt: 1_710_000_000_000, source: 'tea-shop-v2.xlsx', locked: { phrases: ['brew-001'], rules: [] }, sites: [], topics: [], siteOverrides: [] },
  ];
  const call = vi.fn(async (type: string, data?: { format?: string }) => {
    switch (type) {
      case 'getLibraryStatus':
        return status(packs);
      case 'removePack':
        packs = [];
        return status(packs);
      case 'exportPack':
        if (data?.format === 'csv') return { fileName: 'tea-shop-2.0.0.csv', mimeType: 'text/csv', text: packToCsv(TEA_SHOP) };
        return { fileName: 'tea-shop-2.0.0.json', mimeType: 'application/json', text: packToJson(TEA_SHOP) };
      default:
        throw new Error(`unexpected ${type}`);
    }
  });
  return { call, services: { call, library: () => ({}) } as unknown as OptionsServices };
}

function renderSection(services: OptionsServices) {
  render(
    <ConsoleProvider>
      <PacksSection services={services} />
    </ConsoleProvider>,
  );
}

describe('the packs page', { timeout: ANTD_TEST_TIMEOUT_MS }, () => {
  it('lists each installed pack with its version, phrase counts, source and times', async () => {
    renderSection(fakeServices().services);
    const row = await screen.findByTestId('installed-pack');
    expect(row.getAttribute('data-pack-id')).toBe('tea-shop');
    await waitFor(() => expect(within(row).getByTestId('pack-phrase-count').textContent).toBe('12 条'));
    expect(row.textContent).toContain('锁定话术 1 · 规则 0');
    await waitFor(() => expect(within(row).getByTestId('pack-product-count').textContent).toBe('1 个'));
    expect(row.textContent).toContain('tea-shop-v2.xlsx');
    expect(row.textContent).toContain('更新于');
  });

  it('exports a pack as an Excel workbook that imports back as the same phrases', async () => {
    renderSection(fakeServices().services);
    fireEvent.click(within(await screen.findByTestId('installed-pack')).getByTestId('export-pack-xlsx'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.fileName).toBe('tea-shop-2.0.0.xlsx');
    const bytes = new Uint8Array(await (downloads[0]?.blob as Blob).arrayBuffer());
    const parsed = await parseImportFile(bytes, { fileName: 'tea-shop-2.0.0.xlsx', id: 'tea-shop', version: '2.0.0' });
    expect(parsed.ok && parsed.pack.phrases.map((phrase) => [phrase.id, phrase.text, phrase.triggers])).toEqual([['brew-001', '亲，绿茶用80度的水冲泡～', ['怎么泡']]]);
    expect(parsed.ok && parsed.pack.products).toEqual(TEA_SHOP.products);
  });

  it('exports a pack with products as CSV in two files, the phrases and the products, which import back together', async () => {
    renderSection(fakeServices().services);
    fireEvent.click(within(await screen.findByTestId('installed-pack')).getByTestId('export-pack-csv'));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads.map((file) => file.fileName)).toEqual(['tea-shop-2.0.0.csv', 'tea-shop-2.0.0-商品.csv']);
    const encode = (text: string | undefined) => new TextEncoder().encode(text ?? '');
    const parsed = await parseImportFile(encode(downloads[0]?.text), {
      fileName: 'tea-shop-2.0.0.csv',
      id: 'tea-shop',
      version: '2.0.0',
      products: { bytes: encode(downloads[1]?.text), fileName: 'tea-shop-2.0.0-商品.csv' },
    });
    expect(parsed.ok && parsed.pack.products).toEqual(TEA_SHOP.products);
  });

  it('removes a pack only after the lead confirms, then says so', async () => {
    const { call, services } = fakeServices();
    renderSection(services);
    fireEvent.click(within(await screen.findByTestId('installed-pack')).getByTestId('remove-pack'));
    expect(call).not.toHaveBeenCalledWith('removePack', expect.anything());
    fireEvent.click(await screen.findByRole('button', { name: '删 除' }));
    await waitFor(() => expect(call).toHaveBeenCalledWith('removePack', { packId: 'tea-shop' }));
    expect((await screen.findByTestId('packs-notice')).textContent).toBe('已删除话术包“茶叶店”。');
    expect(await screen.findByTestId('packs-empty')).toBeTruthy();
  });

  it('downloads the import template as an .xlsx', async () => {
    renderSection(fakeServices().services);
    fireEvent.click(screen.getByTestId('download-template'));
    expect(downloads.map((file) => [file.fileName, file.blob?.type])).toEqual([['话术导入模板.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']]);
  });
});
