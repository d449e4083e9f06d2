import type { LibraryDb } from '../db/library-db';
import { usageRecordSchema } from '../db/records';
import { listFavourites } from '../library/favourites';
import { parseRows } from '../library/parse-rows';
import { usageByIntent, type UsageByIntent } from './usage-weights';

/** What the engine needs of this agent's own record to rank by it (suggest's options). */
export interface AgentHistory {
  usageByIntent: UsageByIntent;
  /** Pinned phrase uids, most recently pinned first. */
  pinned: string[];
}

/** Reads usage and favourites: two small tables, read per request so every pick counts at once. */
export async function loadAgentHistory(db: LibraryDb): Promise<AgentHistory> {
  const [rows, favourites] = await Promise.all([db.usage.toArray(), listFavourites(db)]);
  return {
    usageByIntent: usageByIntent(parseRows('usage', rows, usageRecordSchema)),
    pinned: favourites.map((favourite) => favourite.uid),
  };
}
