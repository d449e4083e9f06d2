// @vitest-environment jsdom
import { ANTD_TEST_TIMEOUT_MS } from '../../console/antd-in-jsdom';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsoleProvider } from '../../../../components/console/ConsoleProvider';
import { ImportDialog } from '../../../../components/options/packs/ImportDialog';
import type { OptionsServices } from '../../../../components/options/options-services';
import type { ImportPreview } from '../../../../utils/packs/import-preview';
import type { CommitImportResult, PreviewImportResult } from '../../../../utils/packs/import-protocol';
import { packSchema, type Pack } from '../../../../utils/schemas/pack';

afterEach(cleanup);

const PACK: Pack = packSchema.parse({
  format: 1,
  id: 'tea-shop',
  name: '茶叶店',
  version: '2.0.0',
  author: '主管',
  language: 'zh-CN',
  phrases: [{ id: 'brew-001', category: 'product', text: '亲，绿茶用80度的水冲泡～' }],
});

function previewOf(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    added: [{ id: 'brew-003', category: 'product', text: '亲，一克茶叶配50毫升水～' }],
    changed: [{ id: 'brew-001', category: 'product', text: '亲，绿茶用80度的水冲泡～', changes: [{ field: 'text', before: '旧的说法', after: '亲，绿茶用80度的水冲泡～' }] }],
    unchanged: 6,
    removed: [{ id: 'ship-002', category: 'shipping', text: '亲，默认发中通快递～' }],
    categories: { added: [], removed: [] },
    rules: { added: [], changed: [], removed: [] },
    products: { added: [], changed: [], unchanged: 0, removed: [] },
    pack: {
      id: 'tea-shop',
      name: '茶叶店',
      version: '2.0.0',
      author: '主管',
      phraseCount: 8,
      categoryCount: 0,
      ruleCount: 0,
      siteCount: 0,
      lockedPhraseCount: 2,
      lockedRuleCount: 0,
      productCount: 0,
      skuCount: 0,
      scopedPhraseCount: 0,
    },
    installed: { name: '茶叶店', version: '1.0.0' },
    upgrade: 'newer',
    invalid: [],
    risky: [
      {
        id: 'x',
        text: '加我微信聊',
        blocked: true,
        findings: [{ ruleId: 'r1', category: 'off-platform', severity: 'block', matchedText: '微信', reason: { 'zh-CN': '引导站外交易', en: 'off platform' } }],
      },
    ],
    overrides: { kept: [{ uid: 'tea-shop/brew-002', text: '我的说法' }], dropped: [] },
    possibleUpgradeOf: [],
    notices: [],
    refusal: null,
    canCommit: true,
    libraryVersion: 'v7',
    ...overrides,
  };
}

function fakeServices(previews: PreviewImportResult[], commitAnswers: CommitImportResult[]) {
  const call = vi.fn(async (type: string, data?: unknown) => {
    if (type === 'previewImport') return previews.length > 1 ? previews.shift() : previews[0];
    if (type === 'commitImport') return commitAnswers.shift();
    throw new Error(`unexpected ${type} ${JSON.stringify(data)}`);
  });
  return { call, services: { call, library: () => { throw new Error('not used'); } } as unknown as OptionsServices };
}
const ok = (preview: ImportPreview): PreviewImportResult => ({ ok: true, previewId: 'p1', preview, pack: PACK });

function renderDialog(services: OptionsServices, onImported: (message: string) => void = () => {}, onClose: () => void = () => {}) {
  return render(
    <ConsoleProvider>
      <ImportDialog services={services} categories={[]} onClose={onClose} onImported={onImported} />
    </ConsoleProvider>,
  );
}

function choose(fileName: string, content = '编号,分类,话术') {
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([content], fileName)] } });
}

async function chooseAndPreview(fileName: string) {
  choose(fileName);
  fireEvent.click(screen.getByTestId('import-preview'));
  await screen.findByTestId('import-preview-result');
}

const count = (testId: string) => Number(screen.getByTestId(testId).getAttribute('data-count'));

describe('the lead imports a pack through the wizard', { timeout: ANTD_TEST_TIMEOUT_MS }, () => {
  it('sees what would change before anything is written, then confirms with the previewed pack and lands on 完成', async () => {
    const { call, services } = fakeServices([ok(previewOf())], [{ status: 'committed', packId: 'tea-shop', version: '2.0.0', libraryVersion: 'v8' }]);
    const onImported = vi.fn();
    renderDialog(services, onImported);
    expect(screen.getByTestId('import-dialog').getAttribute('data-step')).toBe('0');
    await chooseAndPreview('tea-shop-v2.csv');
    expect(screen.getByTestId('import-dialog').getAttribute('data-step')).toBe('1');

    expect([count('preview-added'), count('preview-changed'), count('preview-unchanged'), count('preview-removed'), count('preview-invalid'), count('preview-risky')]).toEqual([1, 1, 6, 1, 0, 1]);
    expect(screen.getByTestId('preview-added').textContent).toContain('新增');
    // The changed phrase's text cell is marked, the old wording struck through.
    const changed = screen.getByTestId('preview-changed-list');
    const textCell = changed.querySelector('td[data-changed-field="text"]');
    expect(textCell?.querySelector('del')?.textContent).toBe('旧的说法');
    expect(textCell?.querySelector('ins')?.textContent).toBe('亲，绿茶用80度的水冲泡～');
    expect(changed.querySelector('td[data-changed-field="category"]')).toBeNull();
    // What the wording check flags, marked in the phrase, and what will happen to it.
    const risky = screen.getByTestId('preview-risky-list');
    expect(risky.querySelector('mark')?.textContent).toBe('微信');
    expect(risky.textContent).toContain('不会被推荐');
    expect(risky.textContent).toContain('引导站外交易');
    expect(screen.getByTestId('preview-kept-edits').textContent).toContain('我的说法');
    expect(screen.getByTestId('preview-removed-list').textContent).toContain('亲，默认发中通快递～');

    fireEvent.click(screen.getByTestId('import-confirm'));
    await waitFor(() => expect(onImported).toHaveBeenCalledWith('已导入“茶叶店” 2.0.0。'));
    expect(call).toHaveBeenLastCalledWith('commitImport', expect.objectContaining({ pack: PACK, expectedLibraryVersion: 'v7', previewId: 'p1', source: 'tea-shop-v2.csv' }));
    await waitFor(() => expect(screen.getByTestId('import-dialog').getAttribute('data-step')).toBe('2'));
    expect(screen.getByTestId('import-dialog').textContent).toContain('新增 1 条，修改 1 条，删除 1 条');
    expect(screen.getByTestId('import-done')).toBeTruthy();
  });

  it('shows the products the import adds, changes (which facts, which SKUs) and removes', async () => {
    const base = previewOf();
    const withProducts = previewOf({
      pack: { ...base.pack, productCount: 2, skuCount: 3, scopedPhraseCount: 4 },
      products: {
        added: [{ name: '白茶饼', factCount: 2, skuCount: 0 }],
        changed: [
          {
            name: '龙井礼盒',
            factCount: 3,
            skuCount: 3,
            changes: [
              { field: 'fact', name: '保质期', before: '12个月', after: '18个月' },
              { field: 'sku', name: '500g', before: '', after: '重量=500g' },
            ],
          },
        ],
        unchanged: 0,
        removed: [{ name: '茶杯', factCount: 1, skuCount: 0 }],
      },
    });
    const { services } = fakeServices([ok(withProducts)], []);
    renderDialog(services);
    await chooseAndPreview('tea-shop-v3.xlsx');
    const summary = screen.getByTestId('preview-products');
    expect(summary.textContent).toContain('商品 2 个（SKU 3 个，适用商品的话术 4 条）：新增 1 · 修改 1 · 未变 0 · 删除 1');
    const list = screen.getByTestId('preview-products-list');
    expect([...list.querySelectorAll('[data-testid="product-row"]')].map((row) => [row.getAttribute('data-product'), row.getAttribute('data-status')])).toEqual([
      ['龙井礼盒', 'changed'],
      ['白茶饼', 'added'],
      ['茶杯', 'removed'],
    ]);
    const fact = list.querySelector('[data-changed-field="fact"]');
    expect(fact?.textContent).toContain('参数「保质期」');
    expect(fact?.querySelector('del')?.textContent).toBe('12个月');
    expect(fact?.querySelector('ins')?.textContent).toBe('18个月');
    expect(list.querySelector('[data-changed-field="sku"]')?.textContent).toContain('SKU「500g」');
  });

  it('shows no products line for a pack without products', async () => {
    const { services } = fakeServices([ok(previewOf())], []);
    renderDialog(services);
    await chooseAndPreview('tea-shop-v2.csv');
    expect(screen.queryByTestId('preview-products')).toBeNull();
    expect(screen.queryByTestId('preview-products-list')).toBeNull();
  });

  it('asks for the spreadsheet’s pack details only for a spreadsheet, and sends them with the preview', async () => {
    const { call, services } = fakeServices([ok(previewOf())], []);
    renderDialog(services);
    choose('pack.json', '{}');
    expect(screen.queryByTestId('import-version')).toBeNull();
    expect(screen.getByTestId('import-chosen').textContent).toContain('pack.json');
    choose('pack.xlsx', 'a');
    fireEvent.change(screen.getByTestId('import-version'), { target: { value: '3.0.0' } });
    expect(screen.getByLabelText('版本')).toBe(screen.getByTestId('import-version'));
    fireEvent.click(screen.getByTestId('import-preview'));
    await screen.findByTestId('import-preview-result');
    expect(call).toHaveBeenCalledWith('previewImport', expect.objectContaining({ file: expect.objectContaining({ fileName: 'pack.xlsx' }), options: { version: '3.0.0' } }));
  });

  it('offers a products CSV beside a CSV phrase sheet (not beside a workbook) and sends both to the preview', async () => {
    const { call, services } = fakeServices([ok(previewOf())], []);
    renderDialog(services);
    choose('pack.xlsx', 'a');
    expect(screen.queryByTestId('import-products-file')).toBeNull();
    choose('cups.csv', '分类,话术,适用商品');
    expect(screen.getByTestId('import-products-chosen').textContent).toContain('商品');
    fireEvent.change(screen.getByTestId('import-products-file'), { target: { files: [new File(['商品名称,保修\n保温杯,一年'], 'cups-商品.csv')] } });
    await waitFor(() => expect(screen.getByTestId('import-products-chosen').textContent).toContain('cups-商品.csv'));
    fireEvent.click(screen.getByTestId('import-preview'));
    await screen.findByTestId('import-preview-result');
    expect(call).toHaveBeenCalledWith(
      'previewImport',
      expect.objectContaining({ file: expect.objectContaining({ fileName: 'cups.csv', products: expect.objectContaining({ fileName: 'cups-商品.csv' }) }) }),
    );
  });

  it('takes a file dropped on the upload box', async () => {
    const { services } = fakeServices([ok(previewOf())], []);
    renderDialog(services);
    const box = document.querySelector('.ant-upload-drag .ant-upload') as HTMLElement;
    fireEvent.drop(box, { dataTransfer: { files: [new File(['a'], 'dropped.csv')], items: [] } });
    await waitFor(() => expect(screen.getByTestId('import-chosen').textContent).toContain('dropped.csv'));
  });

  it('offers 强制导入 for an older version, and skipping invalid rows — listed by sheet, row, column and reason — when some rows are wrong', async () => {
    const older = fakeServices([ok(previewOf({ upgrade: 'older', canCommit: false, refusal: { code: 'older-version', message: '已安装更新的版本' } }))], [
      { status: 'committed', packId: 'tea-shop', version: '2.0.0', libraryVersion: 'v8' },
    ]);
    renderDialog(older.services);
    await chooseAndPreview('tea-shop.csv');
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    expect(screen.getByTestId('import-preview-result').textContent).toContain('已安装更新的版本');
    fireEvent.click(screen.getByTestId('import-force'));
    await waitFor(() => expect(older.call).toHaveBeenLastCalledWith('commitImport', expect.objectContaining({ force: true })));
    cleanup();

    const invalid = fakeServices([ok(previewOf({ invalid: [{ sheet: '话术', row: 4, column: '话术', reason: '话术不能为空', example: '亲，在的～' }] }))], [
      { status: 'committed', packId: 'tea-shop', version: '2.0.0', libraryVersion: 'v8' },
    ]);
    renderDialog(invalid.services);
    await chooseAndPreview('tea-shop.xlsx');
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    const row = within(screen.getByTestId('preview-invalid-rows')).getByTestId('invalid-row');
    expect([...row.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['话术', '4', '话术', '话术不能为空', '亲，在的～']);
    fireEvent.click(screen.getByTestId('import-skip-invalid'));
    await waitFor(() => expect(invalid.call).toHaveBeenLastCalledWith('commitImport', expect.objectContaining({ acceptInvalidRows: true })));
  });

  it('shows a file it cannot import as a table of what is wrong, with nothing to confirm', async () => {
    const { call, services } = fakeServices(
      [{ ok: false, problems: [{ row: 1, column: '话术', reason: '第一行（表头）缺少「话术」列', example: '分类,话术' }] }],
      [],
    );
    renderDialog(services);
    choose('team.csv');
    fireEvent.click(screen.getByTestId('import-preview'));
    const problems = await screen.findByTestId('import-problems');
    expect([...within(problems).getByTestId('invalid-row').querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['team', '1', '话术', '第一行（表头）缺少「话术」列', '分类,话术']);
    expect(screen.getByRole('alert').textContent).toContain('话术库没有任何改动');
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    expect(call.mock.calls.map(([type]) => type)).toEqual(['previewImport']);
  });

  it('explains a refusal when the library changed meanwhile, and previews again on request', async () => {
    const { call, services } = fakeServices([ok(previewOf()), ok(previewOf({ libraryVersion: 'v9' }))], [
      { status: 'refused', code: 'library-changed', message: '话术库在预览后有变化，请重新预览' },
      { status: 'committed', packId: 'tea-shop', version: '2.0.0', libraryVersion: 'v10' },
    ]);
    renderDialog(services);
    await chooseAndPreview('tea-shop.csv');
    fireEvent.click(screen.getByTestId('import-confirm'));
    expect((await screen.findByTestId('import-refusal')).textContent).toBe('话术库在预览后有变化，请重新预览');
    fireEvent.click(screen.getByTestId('import-preview-again'));
    await waitFor(() => expect(screen.queryByTestId('import-refusal')).toBeNull());
    fireEvent.click(await screen.findByTestId('import-confirm'));
    await waitFor(() => expect(call).toHaveBeenLastCalledWith('commitImport', expect.objectContaining({ expectedLibraryVersion: 'v9' })));
  });
});
