import type { LibraryDb } from './library-db';
import { metaRecordSchema, type MetaKey, type MetaValue } from './records';

/** Reads one meta value, parsed; a missing or unreadable row reads as undefined. */
export async function readMeta<K extends MetaKey>(db: LibraryDb, key: K): Promise<MetaValue<K> | undefined> {
  const parsed = metaRecordSchema.safeParse(await db.meta.get(key));
  if (!parsed.success || parsed.data.key !== key) return undefined;
  return parsed.data.value as MetaValue<K>;
}

export async function writeMeta<K extends MetaKey>(db: LibraryDb, key: K, value: MetaValue<K>): Promise<void> {
  await db.meta.put(metaRecordSchema.parse({ key, value }));
}

/** Null until the first library write. */
export type LibraryVersion = string | null;

export async function readLibraryVersion(db: LibraryDb): Promise<LibraryVersion> {
  return (await readMeta(db, 'libraryVersion')) ?? null;
}

/**
 * Call inside every transaction that writes phrases, categories, packs or library flags: any
 * in-memory index built from an older stamp then knows to rebuild. A random id rather than a
 * counter, so a deleted and re-created database can never repeat an old stamp.
 */
export async function bumpLibraryVersion(db: LibraryDb): Promise<string> {
  const stamp = crypto.randomUUID();
  await writeMeta(db, 'libraryVersion', stamp);
  return stamp;
}
