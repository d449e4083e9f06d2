// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportDialog } from '../../../../components/options/packs/ImportDialog';
import type { OptionsServices } from '../../../../components/options/options-services';
import type { ImportPreview } from '../../../../utils/packs/import-preview';
import type { CommitImportResult } from '../../../../utils/packs/import-protocol';
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
    pack: { id: 'tea-shop', name: '茶叶店', version: '2.0.0', author: '主管', phraseCount: 8, categoryCount: 0, ruleCount: 0, siteCount: 0, lockedPhraseCount: 2, lockedRuleCount: 0 },
    installed: { name: '茶叶店', version: '1.0.0' },
    upgrade: 'newer',
    invalid: [],
    risky: [{ id: 'x', text: '加我微信', blocked: true, findings: [] }],
    overrides: { kept: [{ uid: 'tea-shop/brew-002', text: '我的说法' }], dropped: [] },
    possibleUpgradeOf: [],
    notices: [],
    refusal: null,
    canCommit: true,
    libraryVersion: 'v7',
    ...overrides,
  };
}

function fakeServices(preview: ImportPreview, commitAnswers: CommitImportResult[]) {
  const call = vi.fn(async (type: string, data?: unknown) => {
    if (type === 'previewImport') return { ok: true, previewId: 'p1', preview, pack: PACK };
    if (type === 'commitImport') return commitAnswers.shift();
    throw new Error(`unexpected ${type} ${JSON.stringify(data)}`);
  });
  return { call, services: { call, library: () => { throw new Error('not used'); } } as unknown as OptionsServices };
}

async function chooseAndPreview(fileName: string) {
  const input = screen.getByTestId('import-file');
  fireEvent.change(input, { target: { files: [new File(['编号,分类,话术'], fileName)] } });
  fireEvent.click(screen.getByTestId('import-preview'));
  await screen.findByTestId('import-preview-result');
}

describe('the lead imports a pack through the dialog', () => {
  it('sees what would change before anything is written, then confirms with the previewed pack', async () => {
    const { call, services } = fakeServices(previewOf(), [{ status: 'committed', packId: 'tea-shop', version: '2.0.0', libraryVersion: 'v8' }]);
    const onImported = vi.fn();
    render(<ImportDialog services={services} onClose={() => {}} onImported={onImported} />);
    await chooseAndPreview('tea-shop-v2.csv');

    expect(screen.getByTestId('preview-added').textContent).toBe('新增 1');
    expect(screen.getByTestId('preview-changed').textContent).toBe('修改 1');
    expect(screen.getByTestId('preview-unchanged').textContent).toBe('未变 6');
    expect(screen.getByTestId('preview-removed').textContent).toBe('删除 1');
    expect(screen.getByTestId('preview-changed-list').textContent).toContain('旧的说法');
    expect(screen.getByTestId('preview-risky-list').textContent).toContain('不会被推荐');
    expect(screen.getByTestId('preview-kept-edits').textContent).toContain('我的说法');

    fireEvent.click(screen.getByTestId('import-confirm'));
    await waitFor(() => expect(onImported).toHaveBeenCalledWith('已导入“茶叶店” 2.0.0。'));
    expect(call).toHaveBeenLastCalledWith('commitImport', expect.objectContaining({ pack: PACK, expectedLibraryVersion: 'v7', previewId: 'p1' }));
  });

  it('asks for the spreadsheet’s pack details only for a spreadsheet', async () => {
    const { services } = fakeServices(previewOf(), []);
    render(<ImportDialog services={services} onClose={() => {}} onImported={() => {}} />);
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File(['{}'], 'pack.json')] } });
    expect(screen.queryByTestId('import-version')).toBeNull();
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File(['a'], 'pack.xlsx')] } });
    expect(screen.getByTestId('import-version')).toBeTruthy();
  });

  it('offers 强制导入 for an older version, and skipping invalid rows when some rows are wrong', async () => {
    const older = fakeServices(previewOf({ upgrade: 'older', canCommit: false, refusal: { code: 'older-version', message: '已安装更新的版本' } }), [
      { status: 'committed', packId: 'tea-shop', version: '2.0.0', libraryVersion: 'v8' },
    ]);
    render(<ImportDialog services={older.services} onClose={() => {}} onImported={() => {}} />);
    await chooseAndPreview('tea-shop.csv');
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    fireEvent.click(screen.getByTestId('import-force'));
    await waitFor(() => expect(older.call).toHaveBeenLastCalledWith('commitImport', expect.objectContaining({ force: true })));
    cleanup();

    const invalid = fakeServices(previewOf({ invalid: [{ row: 4, column: '话术', reason: '话术不能为空', example: '亲，在的～' }] }), [
      { status: 'committed', packId: 'tea-shop', version: '2.0.0', libraryVersion: 'v8' },
    ]);
    render(<ImportDialog services={invalid.services} onClose={() => {}} onImported={() => {}} />);
    await chooseAndPreview('tea-shop.csv');
    expect(screen.getByTestId('preview-invalid-rows').textContent).toContain('第 4 行');
    fireEvent.click(screen.getByTestId('import-skip-invalid'));
    await waitFor(() => expect(invalid.call).toHaveBeenLastCalledWith('commitImport', expect.objectContaining({ acceptInvalidRows: true })));
  });

  it('explains a refusal when the library changed meanwhile', async () => {
    const { services } = fakeServices(previewOf(), [{ status: 'refused', code: 'library-changed', message: '话术库在预览后有变化，请重新预览' }]);
    render(<ImportDialog services={services} onClose={() => {}} onImported={() => {}} />);
    await chooseAndPreview('tea-shop.csv');
    fireEvent.click(screen.getByTestId('import-confirm'));
    expect((await screen.findByTestId('import-refusal')).textContent).toBe('话术库在预览后有变化，请重新预览');
  });
});
