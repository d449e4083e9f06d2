import type { LibraryDb } from '../db/library-db';
import { usageRecordSchema, type UsageRecord } from '../db/records';
import type { InsertionOutcome } from '../schemas/page-results';

const OUTCOME_COUNTERS = {
  'sent-unchanged': 'sentUnchanged',
  edited: 'edited',
  deleted: 'deleted',
} as const satisfies Record<InsertionOutcome, keyof UsageRecord>;

/**
 * Counts what the agent did with an insertion already counted by recordInsertion. An outcome
 * without its insertion (the row was cleared meanwhile) counts the insertion too, so the
 * counters never exceed the insertions.
 */
export async function recordInsertionOutcome(
  db: LibraryDb,
  phraseUid: string,
  intent: string,
  outcome: InsertionOutcome,
  now: number = Date.now(),
): Promise<UsageRecord> {
  return db.transaction('rw', db.usage, async () => {
    const previous = usageRecordSchema.safeParse(await db.usage.get([phraseUid, intent]));
    const base: UsageRecord = previous.success ? previous.data : { phraseUid, intent, count: 1, lastUsedAt: now };
    const counter = OUTCOME_COUNTERS[outcome];
    const row: UsageRecord = { ...base, [counter]: (base[counter] ?? 0) + 1 };
    const observed = (row.sentUnchanged ?? 0) + (row.edited ?? 0) + (row.deleted ?? 0);
    row.count = Math.max(row.count, observed);
    await db.usage.put(row);
    return row;
  });
}
