// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DemoChatApp, type ConnectDemoPage } from '../../../components/demo/DemoChatApp';
import type { DemoShopPackServices } from '../../../components/services/demo-shop-pack-services';
import type { LibraryServices } from '../../../components/services/library-services';
import { createDemoPlayer, FIRST_MESSAGE_DELAY_MS } from '../../../utils/demo/demo-player';
import { DEMO_SHOP_PACK_ID } from '../../../utils/demo/demo-shop-pack';
import { DEMO_SCENARIOS } from '../../../utils/demo/scenarios';
import type { LibraryStatus } from '../../../utils/messaging/protocol';
import type { InstalledPack } from '../../../utils/schemas/installed-pack';
import { demoAdapter } from '../../../utils/sites/demo-adapter';
import { acceptingPage, quietLibrary } from './demo-page-stubs';

/**
 * The demo's product buyers send product cards, and the demo shop's products reach the library
 * only when the agent presses 安装示例商品包 (and leave it with 移除示例商品包).
 */

const DEMO_SHOP: InstalledPack = {
  id: DEMO_SHOP_PACK_ID,
  name: '示例店铺商品包',
  version: '1.0.0',
  author: '话术助手',
  language: 'zh-CN',
  installedAt: 1,
  locked: { phrases: [], rules: [] },
  sites: [],
  topics: [],
  siteOverrides: [],
};
const statusWith = (packs: InstalledPack[]): LibraryStatus => ({ phraseCount: 120, packs, categories: [], defaultPackRemoved: false, libraryVersion: 'v1' });

let library: LibraryServices;
let reportThread: Parameters<ConnectDemoPage>[0] = () => undefined;
/** The accepting page, whose thread changes the test reports by hand. */
const connectPage: ConnectDemoPage = (onThreadChange, onPhraseInserted) => {
  reportThread = onThreadChange;
  return acceptingPage(onThreadChange, onPhraseInserted);
};
let demoShopPack: { install: ReturnType<typeof vi.fn<DemoShopPackServices['install']>>; remove: ReturnType<typeof vi.fn<DemoShopPackServices['remove']>> };

async function renderDemo(installed: boolean, open = 'product-warranty') {
  library = { ...quietLibrary, suggest: vi.fn(quietLibrary.suggest), getLibraryStatus: vi.fn(async () => statusWith(installed ? [DEMO_SHOP] : [])) };
  const player = createDemoPlayer(DEMO_SCENARIOS);
  player.open(open);
  render(<DemoChatApp player={player} library={library} connectPage={connectPage} demoShopPack={demoShopPack} />);
  await act(async () => {
    await vi.advanceTimersByTimeAsync(FIRST_MESSAGE_DELAY_MS);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  demoShopPack = { install: vi.fn(async () => statusWith([DEMO_SHOP])), remove: vi.fn(async () => statusWith([])) };
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the demo shop pack notice', () => {
  it('installs nothing on its own: it says the pack is missing and offers 安装示例商品包', async () => {
    await renderDemo(false);
    expect(screen.getByTestId('demo-shop-pack').textContent).toContain('示例商品包未安装');
    expect(screen.getByTestId('demo-shop-pack').textContent).toContain('24 个商品');
    screen.getByRole('button', { name: '安装示例商品包' });
    expect(demoShopPack.install).not.toHaveBeenCalled();
  });

  it('installs on one click, says so, offers 移除示例商品包, and asks for the open chat\'s suggestions again', async () => {
    await renderDemo(false);
    await act(async () => reportThread(demoAdapter.readThread(document)));
    const asked = vi.mocked(library.suggest).mock.calls.length;
    expect(asked).toBeGreaterThan(0);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '安装示例商品包' }));
    });
    expect(demoShopPack.install).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('demo-shop-pack').textContent).toContain('示例商品包已安装（24 个商品）');
    screen.getByRole('button', { name: '移除示例商品包' });
    expect(vi.mocked(library.suggest).mock.calls.length).toBeGreaterThan(asked);
  });

  it('removes on one click when installed', async () => {
    await renderDemo(true);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '移除示例商品包' }));
    });
    expect(demoShopPack.remove).toHaveBeenCalledTimes(1);
    screen.getByRole('button', { name: '安装示例商品包' });
  });

  it('says why when the install is refused, and changes nothing', async () => {
    demoShopPack.install.mockRejectedValueOnce(new Error('话术库刚被修改过 / the library changed'));
    await renderDemo(false);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '安装示例商品包' }));
    });
    expect(screen.getByTestId('demo-shop-pack').textContent).toContain('没能完成：话术库刚被修改过');
    screen.getByRole('button', { name: '安装示例商品包' });
  });
});

describe('a product buyer in the demo chat', () => {
  it('sends a product card: a buyer row holding .demo-product-card with the item id, the title and the SKU', async () => {
    await renderDemo(false);
    const card = document.querySelector<HTMLElement>('ol.msg-list > li.msg.msg--buyer.msg--card .demo-product-card');
    expect(card?.dataset.itemId).toBe('586203941172');
    expect(card?.dataset.sku).toBe('樱花粉');
    expect(card?.querySelector('.demo-product-card__title')?.textContent).toBe('【热卖】儿童316不锈钢保温杯400ml 带吸管 小学生上学水杯');
    expect(card?.querySelector('.demo-product-card__sku')?.textContent).toBe('规格：樱花粉');
    // A card is not typed text: the buyer's question stays the latest thing the buyer said.
    expect(card?.closest('li')?.querySelector('.msg__text')).toBeNull();
    const thread = demoAdapter.readThread(document);
    expect(thread?.messages.filter((message) => message.role === 'buyer').at(-1)?.text).toBe('这个杯子保修多久呀');
    // …and the card is the conversation's product, as on a seller client.
    expect(thread?.product).toEqual({ title: '【热卖】儿童316不锈钢保温杯400ml 带吸管 小学生上学水杯', itemId: '586203941172', sku: '樱花粉' });
  });

  it('shows no notice when the page is not given the pack services', async () => {
    const player = createDemoPlayer(DEMO_SCENARIOS);
    player.open('product');
    render(<DemoChatApp player={player} library={quietLibrary} connectPage={acceptingPage} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(FIRST_MESSAGE_DELAY_MS);
    });
    expect(screen.queryByTestId('demo-shop-pack')).toBeNull();
    expect(document.querySelector('.demo-product-card')?.getAttribute('data-item-id')).toBe('590117864205');
  });
});
