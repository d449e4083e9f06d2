import type { UsageRecord } from '../db/records';

/**
 * How much one insertion says about what the agent wants for an intent. A phrase sent as it
 * stood is the clearest vote; an edited one was close; a deleted one was a miss. Insertions
 * whose fate the page did not see count like an edit.
 */
export const OUTCOME_WEIGHTS = Object.freeze({
  sentUnchanged: 1,
  edited: 0.5,
  deleted: 0.1,
  unobserved: 0.5,
});

/** Per buyer intent, per phrase uid: this agent's weighted history, the engine's `usageByIntent`. */
export type UsageByIntent = Record<string, Record<string, number>>;

export function usageWeight(row: UsageRecord): number {
  const sent = row.sentUnchanged ?? 0;
  const edited = row.edited ?? 0;
  const deleted = row.deleted ?? 0;
  const unobserved = Math.max(0, row.count - sent - edited - deleted);
  return (
    sent * OUTCOME_WEIGHTS.sentUnchanged +
    edited * OUTCOME_WEIGHTS.edited +
    deleted * OUTCOME_WEIGHTS.deleted +
    unobserved * OUTCOME_WEIGHTS.unobserved
  );
}

export function usageByIntent(rows: readonly UsageRecord[]): UsageByIntent {
  const byIntent: UsageByIntent = {};
  for (const row of rows) {
    const record = (byIntent[row.intent] ??= {});
    record[row.phraseUid] = (record[row.phraseUid] ?? 0) + usageWeight(row);
  }
  return byIntent;
}

/** The phrases used most for an intent, best first (the popup's 常用). */
export function mostUsedForIntent(byIntent: UsageByIntent, intent: string, limit: number): string[] {
  return Object.entries(byIntent[intent] ?? {})
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([uid]) => uid);
}
