// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import '../console/antd-in-jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteOverridesSection } from '../../../components/site-overrides/SiteOverridesSection';
import type { SiteOverridesServices } from '../../../components/site-overrides/site-overrides-services';
import type { OptionsServices } from '../../../components/options/options-services';
import type { LibraryDb } from '../../../utils/db/library-db';
import { installPack } from '../../../utils/library/install-pack';
import { libraryStatus } from '../../../utils/library/library-status';
import type { PackInput } from '../../../utils/schemas/pack';
import { readDraft } from '../../../utils/team-draft/draft-store';
import { closeTestLibraryDbs, openTestLibraryDb } from '../../utils/db/test-library-db';
import { renderInConsole } from '../console-sections/render-in-console';

vi.setConfig({ testTimeout: 30_000 });

const FIX_PACK = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'packs', 'jd-dongdong-override-pack.json'), 'utf8')) as PackInput;

function servicesOn(db: LibraryDb): OptionsServices {
  const call = async (type: string) => {
    if (type === 'getLibraryStatus') return libraryStatus(db);
    throw new Error(`unexpected request ${type}`);
  };
  return { call: call as unknown as OptionsServices['call'], library: () => db };
}

const noTabs: SiteOverridesServices = { openTabs: async () => [], tryOverride: async () => Promise.reject(new Error('no tab')) };
const rows = () => screen.queryAllByTestId('site-override-row');

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  closeTestLibraryDbs();
});

describe('选择器替换 in the console', () => {
  it('lists installed overrides read-only (client, lists, pack, version, state); in the draft the lead removes one and writes one, each one draft change', async () => {
    const db = openTestLibraryDb();
    await installPack(db, FIX_PACK);
    await installPack(db, { ...FIX_PACK, id: 'old-fix', name: '旧修复', siteOverrides: [{ client: 'feige', adapterVersion: 0, lists: { message: ['.a'] } }] });
    renderInConsole(<SiteOverridesSection services={servicesOn(db)} overrides={noTabs} />);

    await waitFor(() => expect(rows()).toHaveLength(2));
    const jd = rows().find((row) => row.getAttribute('data-client') === 'jd-dongdong')!;
    expect(jd.textContent).toContain('京东 咚咚 (jd-dongdong)');
    expect(jd.textContent).toContain('咚咚页面修复 1.0.0');
    expect(jd.textContent).toContain('为版本 1 编写（本插件 1）');
    expect(within(jd).getByTestId('override-state').getAttribute('data-state')).toBe('active');
    expect(jd.textContent).toContain('随话术包「咚咚页面修复」安装；移除该话术包即移除它');
    const feige = rows().find((row) => row.getAttribute('data-client') === 'feige')!;
    expect(within(feige).getByTestId('override-state').getAttribute('data-state')).toBe('ignored-older');
    expect(within(feige).getByTestId('override-ignored-note').textContent).toMatch(/适配器版本 0.*已是版本 1.*不使用它/);
    expect(screen.queryByTestId('site-override-form')).toBeNull();

    // The draft of the pack with overrides (chosen first): removing is a draft change, the installed pack keeps it.
    fireEvent.click(screen.getByTestId('library-mode-draft'));
    await waitFor(() => expect(screen.getByTestId('site-override-form')).toBeTruthy());
    fireEvent.click(await screen.findByRole('button', { name: '从草稿移除「京东 咚咚」的选择器替换' }));
    await waitFor(() => expect(screen.getByTestId('overrides-message').textContent).toContain('已从草稿移除「京东 咚咚」的选择器替换（草稿共 1 处修改）'));
    const draftPackId = (await readDraft(db, 'jd-fix')).changes.length > 0 ? 'jd-fix' : 'old-fix';
    expect((await readDraft(db, draftPackId)).draft.siteOverrides.some((override) => override.client === 'jd-dongdong')).toBe(false);

    // Writing one: an invalid selector is refused on its field; a valid one is saved to the draft.
    const selectors = screen.getByTestId('site-override-selectors');
    fireEvent.change(selectors, { target: { value: '.k3Lb0[' } });
    fireEvent.click(screen.getByTestId('site-override-save'));
    await waitFor(() => expect(screen.getByText(/不是有效的 CSS 选择器/)).toBeTruthy());
    fireEvent.change(selectors, { target: { value: '.k3Lb0\n.row' } });
    fireEvent.click(screen.getByTestId('site-override-save'));
    await waitFor(() => expect(screen.getByTestId('overrides-message').textContent).toContain('的选择器替换已保存到草稿（草稿共 2 处修改）'));
    expect((await readDraft(db, draftPackId)).draft.siteOverrides).toContainEqual({ client: 'pinduoduo', adapterVersion: 1, lists: { message: ['.k3Lb0', '.row'] } });
    // 试一试 with no open tab of the client says how to get one.
    expect(screen.getByTestId('override-try-no-tabs').textContent).toContain('没有打开这个客户端的聊天页');
  });
});
