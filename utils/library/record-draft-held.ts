import { z } from 'zod';
import type { LibraryDb } from '../db/library-db';
import { ruleStatsSchema, type RuleStats } from '../db/records';

const ruleUidsSchema = z.array(z.string().min(3).max(200)).max(50);

/**
 * Counts one risky draft the send guard stopped, for each rule that stopped it: the lead's
 * "risky drafts by rule" (仍然发送 counts the ones sent anyway). Rule ids only, never the draft.
 * Like the send-anyway count, a statistic: the library version stays, no index rebuilds.
 */
export async function recordDraftHeld(db: LibraryDb, ruleUids: readonly string[], now: number = Date.now()): Promise<RuleStats[]> {
  const keys = [...new Set(ruleUidsSchema.parse(ruleUids))];
  return db.transaction('rw', db.ruleStats, async () => {
    const rows: RuleStats[] = [];
    for (const ruleUid of keys) {
      const previous = ruleStatsSchema.safeParse(await db.ruleStats.get(ruleUid));
      const base = previous.success ? previous.data : { ruleUid, sentAnyway: 0, lastAt: now };
      rows.push({ ...base, held: (base.held ?? 0) + 1, lastAt: now });
    }
    await db.ruleStats.bulkPut(rows);
    return rows;
  });
}
