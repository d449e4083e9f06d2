// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import '../console/antd-in-jsdom';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProductsSection } from '../../../components/console/products/ProductsSection';
import type { OptionsServices } from '../../../components/options/options-services';
import type { LibraryDb } from '../../../utils/db/library-db';
import { installPack } from '../../../utils/library/install-pack';
import { libraryStatus } from '../../../utils/library/library-status';
import { addDraftChange, readDraft } from '../../../utils/team-draft/draft-store';
import { closeTestLibraryDbs, openTestLibraryDb } from '../../utils/db/test-library-db';
import { PRODUCT_PACK } from '../../utils/team-draft/draft-pack';
import { renderInConsole } from '../console-sections/render-in-console';

// Whole antd forms driven in jsdom take seconds each; a loaded machine must not turn that into a failure.
vi.setConfig({ testTimeout: 20_000 });

/** The options page's services over a test library: the status the worker would answer, the same IndexedDB. */
function servicesOn(db: LibraryDb): OptionsServices {
  const call = async (type: string) => {
    if (type === 'getLibraryStatus') return libraryStatus(db);
    throw new Error(`unexpected request ${type}`);
  };
  return { call: call as unknown as OptionsServices['call'], library: () => db };
}

/**
 * Deletes the product open in the drawer: its delete button, then 删除 in the confirmation. The
 * editor is keyed by the draft's change count, so a count that lands late (a loaded machine)
 * remounts it and closes a confirmation already open; the button on screen is clicked again until
 * the confirmation is there (a full CI run once failed on a confirmation that never showed).
 */
async function confirmDelete(): Promise<void> {
  const confirm = await waitFor(() => {
    const open = screen.queryAllByText(/^删\s?除$/).at(-1);
    if (open) return open;
    fireEvent.click(within(within(drawer()).getByTestId('product-editor')).getByTestId('product-delete'));
    throw new Error('the delete confirmation is not open yet');
  });
  fireEvent.click(confirm);
}

async function libraryWithProducts(): Promise<LibraryDb> {
  const db = openTestLibraryDb();
  await installPack(db, PRODUCT_PACK);
  return db;
}

const rows = () => screen.queryAllByTestId('product-row');
const row = (name: string) => rows().find((candidate) => candidate.getAttribute('data-product-uid') === `team-goods/${name}`)!;
const cells = (name: string) => within(row(name)).getAllByRole('cell').map((cell) => cell.textContent);
const drawer = () => screen.getByTestId('product-drawer');

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  closeTestLibraryDbs();
});

describe('商品: the installed packs’ products, read-only for agents', () => {
  it('lists each product with its pack, keywords, item ids and counts; the search narrows them; the drawer shows facts, SKUs and scoped phrases', async () => {
    const db = await libraryWithProducts();
    renderInConsole(<ProductsSection services={servicesOn(db)} />);

    await waitFor(() => expect(rows()).toHaveLength(2));
    // name, pack, keywords, ids, facts, SKUs, scoped phrases, actions
    expect(cells('儿童保温杯')).toEqual(['儿童保温杯', '团队商品话术', '保温杯、儿童杯', 'pdd:6524871930', '3', '1', '3', '查 看']);
    expect(cells('电热水壶').slice(4, 7)).toEqual(['1', '0', '1']);

    fireEvent.change(screen.getByRole('searchbox', { name: '搜索商品名称、关键词、商品ID、参数或 SKU' }), { target: { value: '304' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.getByTestId('products-count').textContent).toBe('显示 1 个商品，共 2 个');
    fireEvent.change(screen.getByRole('searchbox', { name: '搜索商品名称、关键词、商品ID、参数或 SKU' }), { target: { value: '' } });
    await waitFor(() => expect(rows()).toHaveLength(2));

    fireEvent.click(within(row('儿童保温杯')).getByTestId('product-open'));
    const details = await within(await screen.findByTestId('product-drawer')).findByTestId('product-details');
    const facts = within(within(details).getByTestId('product-facts')).getAllByTestId('product-fact');
    expect(facts.map((fact) => [fact.getAttribute('data-fact'), fact.textContent])).toEqual([
      ['保修', '整机保修一年'],
      ['材质', '316不锈钢'],
      ['容量', '400ml'],
    ]);
    expect(within(details).getByTestId('product-sku').textContent).toContain('粉色 600ml');
    expect(within(details).getByTestId('product-sku').textContent).toContain('600ml');
    expect(within(details).getAllByTestId('product-scoped-phrase').map((item) => item.getAttribute('data-phrase-id'))).toEqual(['cup-warranty', 'cup-clean', 'material']);
    // Read-only: no editor, no way to unscope.
    expect(within(drawer()).queryByTestId('product-editor')).toBeNull();
    expect(within(drawer()).queryByRole('button', { name: /不再适用/ })).toBeNull();
  });
});

describe('商品 in the team pack’s draft: the lead edits products', () => {
  it('edits a fact and adds a SKU as one draft change, marks the product changed, refuses bad input on its field, and undoes', async () => {
    const db = await libraryWithProducts();
    renderInConsole(<ProductsSection services={servicesOn(db)} />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(screen.getByTestId('library-mode-draft'));
    await waitFor(() => expect(screen.getByTestId('library-draft-banner').getAttribute('data-changes')).toBe('0'));

    fireEvent.click(within(row('儿童保温杯')).getByTestId('product-open'));
    const editor = await within(await screen.findByTestId('product-drawer')).findByTestId('product-editor');
    fireEvent.change(within(editor).getByRole('textbox', { name: '第 1 项参数值' }), { target: { value: '整机保修两年' } });
    fireEvent.click(within(editor).getByTestId('product-sku-add'));
    fireEvent.change(within(editor).getByRole('textbox', { name: '第 2 个 SKU 名称' }), { target: { value: '蓝色 400ml' } });
    fireEvent.click(within(editor).getByRole('button', { name: '给第 2 个 SKU 添加参数' }));
    fireEvent.change(within(editor).getByRole('textbox', { name: '第 2 个 SKU 的第 1 项参数名' }), { target: { value: '颜色' } });
    fireEvent.change(within(editor).getByRole('textbox', { name: '第 2 个 SKU 的第 1 项参数值' }), { target: { value: '蓝色' } });
    fireEvent.click(within(editor).getByTestId('product-save'));

    await waitFor(() => expect(screen.getByTestId('library-draft-banner').getAttribute('data-changes')).toBe('1'));
    expect(screen.getByTestId('products-message').textContent).toContain('商品「儿童保温杯」已记入草稿（1 处未发布的修改）');
    const cup = (await readDraft(db, 'team-goods')).draft.products[0];
    expect(cup?.facts['保修']).toBe('整机保修两年');
    expect(cup?.skus.at(-1)).toEqual({ name: '蓝色 400ml', facts: { 颜色: '蓝色' } });
    expect(within(row('儿童保温杯')).getByTestId('product-changed').textContent).toBe('草稿已改');
    expect(within(row('电热水壶')).queryByTestId('product-changed')).toBeNull();

    // An empty name and a misspelt platform: each message on its field, nothing saved.
    const again = within(drawer()).getByTestId('product-editor');
    fireEvent.change(within(again).getByRole('textbox', { name: '商品名称' }), { target: { value: ' ' } });
    fireEvent.change(within(again).getByTestId('product-edit-ids'), { target: { value: 'tmall:1' } });
    fireEvent.click(within(again).getByTestId('product-save'));
    expect((await within(again).findByTestId('product-error-name')).textContent).toContain('商品名称不能为空');
    expect(within(again).getByTestId('product-error-ids').textContent).toContain('平台只能是');
    expect((await readDraft(db, 'team-goods')).changes).toHaveLength(1);

    // Deleting the cup is refused: two phrases answer for it alone.
    await confirmDelete();
    expect((await within(drawer()).findByTestId('product-error')).textContent).toContain('只适用于要删除的商品');
    expect((await readDraft(db, 'team-goods')).changes).toHaveLength(1);

    fireEvent.click(screen.getByTestId('library-draft-undo'));
    await waitFor(() => expect(screen.getByTestId('library-draft-banner').getAttribute('data-changes')).toBe('0'));
    expect((await readDraft(db, 'team-goods')).draft.products).toEqual(PRODUCT_PACK.products);
  });

  it('adds a product; deletes the kettle, which leaves the phrases’ scopes; renames the cup, whose phrases follow', async () => {
    const db = await libraryWithProducts();
    renderInConsole(<ProductsSection services={servicesOn(db)} />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(screen.getByTestId('library-mode-draft'));
    fireEvent.click(await screen.findByTestId('product-add'));
    const editor = await within(await screen.findByTestId('product-drawer')).findByTestId('product-editor');
    fireEvent.change(within(editor).getByRole('textbox', { name: '商品名称' }), { target: { value: '不锈钢饭盒' } });
    fireEvent.change(within(editor).getByTestId('product-edit-keywords'), { target: { value: '饭盒|便当盒' } });
    fireEvent.click(within(editor).getByTestId('product-facts-edit-add'));
    fireEvent.change(within(editor).getByRole('textbox', { name: '第 1 项参数名' }), { target: { value: '保修' } });
    fireEvent.change(within(editor).getByRole('textbox', { name: '第 1 项参数值' }), { target: { value: '半年' } });
    fireEvent.click(within(editor).getByTestId('product-save'));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(cells('不锈钢饭盒').slice(0, 3)).toEqual(['不锈钢饭盒草稿已改', '团队商品话术', '饭盒、便当盒']);

    fireEvent.click(within(row('电热水壶')).getByTestId('product-open'));
    const kettle = await within(drawer()).findByTestId('product-editor');
    await waitFor(() => expect(within(kettle).getByRole('textbox', { name: '商品名称' })).toHaveProperty('value', '电热水壶'));
    await confirmDelete();
    await waitFor(() => expect(rows()).toHaveLength(2));
    const draft = (await readDraft(db, 'team-goods')).draft;
    expect(draft.products.map((product) => product.name)).toEqual(['儿童保温杯', '不锈钢饭盒']);
    expect(draft.phrases.find((phrase) => phrase.id === 'material')?.products).toEqual(['儿童保温杯']);

    // Renamed, the cup keeps its three phrases (their scopes follow the new name).
    fireEvent.click(within(row('儿童保温杯')).getByTestId('product-open'));
    const cup = await within(drawer()).findByTestId('product-editor');
    await waitFor(() => expect(within(cup).getByRole('textbox', { name: '商品名称' })).toHaveProperty('value', '儿童保温杯'));
    fireEvent.change(within(cup).getByRole('textbox', { name: '商品名称' }), { target: { value: '儿童保温杯 400ml' } });
    fireEvent.click(within(cup).getByTestId('product-save'));
    await waitFor(() => expect(row('儿童保温杯 400ml')).toBeTruthy());
    expect(cells('儿童保温杯 400ml')[6]).toBe('3');
    expect(within(drawer()).getAllByTestId('product-scoped-phrase')).toHaveLength(3);
  });

  it('says so when the installed pack no longer has a product the draft changed, and 放弃草稿 recovers', async () => {
    const db = await libraryWithProducts();
    const cup = PRODUCT_PACK.products[0]!;
    await addDraftChange(db, 'team-goods', { kind: 'product-put', name: cup.name, product: { ...cup, keywords: ['水杯'] } });
    // e.g. a subscription update without the cup (and the phrases scoped to it)
    await installPack(db, {
      ...PRODUCT_PACK,
      version: '1.1.0',
      products: PRODUCT_PACK.products.slice(1),
      phrases: PRODUCT_PACK.phrases.filter((phrase) => phrase.products === undefined),
    });
    renderInConsole(<ProductsSection services={servicesOn(db)} />);
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.click(screen.getByTestId('library-mode-draft'));

    const broken = await screen.findByTestId('products-draft-broken');
    expect(broken.textContent).toContain('没有商品 "儿童保温杯"');
    fireEvent.click(within(broken).getByRole('button', { name: /放弃草稿/ }));
    await waitFor(() => expect(screen.getByTestId('library-draft-banner').getAttribute('data-changes')).toBe('0'));
    expect(rows()).toHaveLength(1);
  });
});
