import type { LibraryDb } from '../db/library-db';

/** How many phrases each installed pack holds in the library, read from the packId index (no rows loaded). */
export async function packPhraseCounts(db: LibraryDb, packIds: readonly string[]): Promise<Record<string, number>> {
  const counts = await db.transaction('r', db.phrases, () => Promise.all(packIds.map((packId) => db.phrases.where('packId').equals(packId).count())));
  return Object.fromEntries(packIds.map((packId, index) => [packId, counts[index] ?? 0]));
}

/** How many products (format 3) each installed pack holds, read from the products table's packId index. */
export async function packProductCounts(db: LibraryDb, packIds: readonly string[]): Promise<Record<string, number>> {
  const counts = await db.transaction('r', db.products, () => Promise.all(packIds.map((packId) => db.products.where('packId').equals(packId).count())));
  return Object.fromEntries(packIds.map((packId, index) => [packId, counts[index] ?? 0]));
}
