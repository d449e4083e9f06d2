import type { LibraryDb } from '../db/library-db';
import { usageRecordSchema } from '../db/records';
import { parseRows } from './parse-rows';

/** How an agent on this browser used one phrase: in all, per buyer intent, and when last. */
export interface PhraseUsage {
  total: number;
  lastUsedAt: number;
  byIntent: { intent: string; count: number }[];
}

/** The usage table summed per phrase, for the console's "never used" filter and its phrase drawer. Read only. */
export async function readPhraseUsage(db: LibraryDb): Promise<Map<string, PhraseUsage>> {
  const rows = parseRows('usage', await db.usage.toArray(), usageRecordSchema);
  const byPhrase = new Map<string, PhraseUsage>();
  for (const row of rows) {
    const usage = byPhrase.get(row.phraseUid) ?? { total: 0, lastUsedAt: 0, byIntent: [] };
    usage.total += row.count;
    usage.lastUsedAt = Math.max(usage.lastUsedAt, row.lastUsedAt);
    usage.byIntent.push({ intent: row.intent, count: row.count });
    byPhrase.set(row.phraseUid, usage);
  }
  for (const usage of byPhrase.values()) usage.byIntent.sort((a, b) => b.count - a.count);
  return byPhrase;
}
