import type { LibraryDb } from '../db/library-db';
import { favouriteSchema, storedPhraseSchema, type Favourite } from '../db/records';
import { parseRows } from './parse-rows';

/**
 * An agent pins (or unpins) a phrase. Kept by phrase uid, so a favourite survives the pack's
 * upgrades. Like usage counts it is the agent's own record, not library content: it does not
 * bump the library version.
 */
export async function setFavourite(db: LibraryDb, uid: string, pinned: boolean, now: number = Date.now()): Promise<Favourite | undefined> {
  return db.transaction('rw', [db.favourites, db.phrases], async () => {
    if (!pinned) {
      await db.favourites.delete(uid);
      return undefined;
    }
    const phrase = storedPhraseSchema.safeParse(await db.phrases.get(uid));
    if (!phrase.success) throw new Error(`没有这条话术："${uid}" / no phrase "${uid}"`);
    const row: Favourite = { uid, category: phrase.data.category, pinnedAt: now };
    await db.favourites.put(row);
    return row;
  });
}

/** Pinned phrases, most recently pinned first. */
export async function listFavourites(db: LibraryDb): Promise<Favourite[]> {
  return parseRows('favourites', await db.favourites.toArray(), favouriteSchema).sort((a, b) => b.pinnedAt - a.pinnedAt);
}
