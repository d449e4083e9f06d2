import type { InsertResult } from '../../utils/schemas/page-results';

/** Why an insertion failed: the page's own reasons, plus a page we could not reach at all. */
export type InsertFailure = NonNullable<InsertResult['reason']> | 'unreachable';

export type InsertFeedback =
  | { kind: 'inserted'; text: string }
  | { kind: 'failed'; reason: InsertFailure; text: string };

export function insertFeedbackFrom(result: InsertResult, text: string): InsertFeedback {
  if (result.ok) return { kind: 'inserted', text };
  return { kind: 'failed', reason: result.reason ?? 'not-verified', text };
}
