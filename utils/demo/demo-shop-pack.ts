import demoShopPackJson from '../../phrases/demo-shop-pack.json';

/**
 * The demo shop's pack (phrases/demo-shop-pack.json): its products, their facts and the phrases
 * that answer from them, for the demo chat's product buyers and the 商品问答 practice. It is
 * installed only when the agent asks (安装示例商品包 on the demo page, which `npm run demo` clicks):
 * its general phrases answer from any recognised product, so it must never join a working
 * agent's library unannounced. Installed, it is a pack like any other and is removed as one.
 */
export const DEMO_SHOP_PACK_ID = 'demo-shop';

export const DEMO_SHOP_PRODUCT_COUNT: number = demoShopPackJson.products.length;

/** The pack as the file an import reads; the worker parses and checks it like any import. */
export function demoShopPackFile(): { text: string; fileName: string } {
  return { text: JSON.stringify(demoShopPackJson), fileName: `${DEMO_SHOP_PACK_ID}-${demoShopPackJson.version}.json` };
}

export function isDemoShopPackInstalled(packs: readonly { id: string }[]): boolean {
  return packs.some((pack) => pack.id === DEMO_SHOP_PACK_ID);
}
