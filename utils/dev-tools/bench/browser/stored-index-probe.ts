import type { Page } from 'playwright-core';
import { INDEX_STORE_DB_NAME } from '../../../index-store/index-store-db';
import { LIBRARY_DB_NAME } from '../../../db/library-db';

/**
 * Waits until the worker has stored its phrase index for `libraryVersion` (it stores after
 * answering, in the background), reading the index cache database from an extension page.
 * A cold start measured before that would rebuild instead of load.
 */
export async function waitForStoredIndex(extensionPage: Page, libraryVersion: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const stored = await extensionPage.evaluate(
      ({ database, key }) =>
        new Promise<string | null>((resolve) => {
          const open = indexedDB.open(database);
          open.onerror = () => resolve(null);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('indexes')) {
              db.close();
              resolve(null);
              return;
            }
            const cursor = db.transaction('indexes').objectStore('indexes').openCursor(key);
            cursor.onerror = () => resolve(null);
            cursor.onsuccess = () => {
              const value: unknown = cursor.result?.value;
              db.close();
              resolve(typeof value === 'object' && value !== null && 'libraryVersion' in value ? String(value.libraryVersion) : null);
            };
          };
        }),
      { database: INDEX_STORE_DB_NAME, key: LIBRARY_DB_NAME },
    );
    if (stored === libraryVersion) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the worker did not store its phrase index for library version ${libraryVersion} within ${timeoutMs} ms`);
}
