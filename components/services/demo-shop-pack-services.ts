import { callBackground } from '../../utils/messaging/background-client';
import type { LibraryStatus } from '../../utils/messaging/protocol';
import { bytesToBase64 } from '../../utils/packs/base64';
import { DEMO_SHOP_PACK_ID, demoShopPackFile } from '../../utils/demo/demo-shop-pack';

/** 安装示例商品包 / 移除示例商品包 on the demo page; each answers with the library as it now is. */
export interface DemoShopPackServices {
  install: () => Promise<LibraryStatus>;
  remove: () => Promise<LibraryStatus>;
}

/**
 * Installs through the worker's previewImport and commitImport, as importing the file on the
 * options page would (same checks, one transaction), and removes as the pack list's 移除 does.
 */
export const backgroundDemoShopPackServices: DemoShopPackServices = {
  async install() {
    const { text, fileName } = demoShopPackFile();
    const preview = await callBackground('previewImport', {
      file: { base64: bytesToBase64(new TextEncoder().encode(text)), fileName, kind: 'json' },
    });
    if (!preview.ok) throw new Error(preview.problems.map((problem) => problem.reason).join('\n'));
    if (!preview.preview.canCommit) throw new Error(preview.preview.refusal?.message ?? '不能安装示例商品包 / the demo products pack cannot be installed');
    const committed = await callBackground('commitImport', {
      previewId: preview.previewId,
      pack: preview.pack,
      expectedLibraryVersion: preview.preview.libraryVersion,
      source: fileName,
    });
    if (committed.status === 'refused') throw new Error(committed.message);
    return callBackground('getLibraryStatus');
  },
  remove: () => callBackground('removePack', { packId: DEMO_SHOP_PACK_ID }),
};
