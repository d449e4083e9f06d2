import type { ExtensionBrowser } from '../../../utils/dev-tools/browser/launch-extension';

/**
 * One row of the extension's library database (IndexedDB `huashu-library`), read in the service
 * worker: what the product counted, without going through any UI. Undefined when there is none.
 */
export async function readLibraryRecord(extension: ExtensionBrowser, store: string, key: string | string[]): Promise<unknown> {
  const worker = await extension.serviceWorker();
  return worker.evaluate(
    ({ store, key }) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('huashu-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).get(key);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
    { store, key },
  );
}
