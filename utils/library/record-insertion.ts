import { z } from 'zod';
import type { LibraryDb } from '../db/library-db';
import { UNKNOWN_INTENT, usageRecordSchema, type UsageRecord } from '../db/records';
import { parseRows } from './parse-rows';

const insertionSchema = z.object({
  phraseUid: z.string().regex(/^[^/]+\/.+$/, {
    error: '话术 uid 的格式是 "话术包id/话术id"，例如 "default-zh/greeting-001" / phrase uid is "packId/phraseId"',
  }),
  intent: z.string().max(40).default(UNKNOWN_INTENT),
});

/**
 * Counts one insertion of a phrase for the buyer intent it answered (for the lead's usage
 * statistics). Keeps no chat text. Usage is not part of the library the engine indexes, so this
 * does not bump the library version (it would force an index rebuild after every insertion).
 */
export async function recordInsertion(
  db: LibraryDb,
  phraseUid: string,
  intent?: string,
  now: number = Date.now(),
): Promise<UsageRecord> {
  const key = insertionSchema.parse({ phraseUid, intent });
  return db.transaction('rw', db.usage, async () => {
    const previous = usageRecordSchema.safeParse(await db.usage.get([key.phraseUid, key.intent]));
    const row: UsageRecord = {
      // Keeps the outcome counters (utils/usage/record-outcome.ts) of earlier insertions.
      ...(previous.success ? previous.data : {}),
      phraseUid: key.phraseUid,
      intent: key.intent,
      count: (previous.success ? previous.data.count : 0) + 1,
      lastUsedAt: now,
    };
    await db.usage.put(row);
    return row;
  });
}

/** Every usage row of one phrase, one per intent it was inserted for. */
export async function usageOfPhrase(db: LibraryDb, phraseUid: string): Promise<UsageRecord[]> {
  return parseRows('usage', await db.usage.where('phraseUid').equals(phraseUid).toArray(), usageRecordSchema);
}
