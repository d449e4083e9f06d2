import type { WordingCategory, WordingFinding, WordingSeverity } from '../schemas/risky-wording-rule';

export interface DraftVerdict {
  /** At least one finding of any severity. */
  readonly flagged: boolean;
  /** The most severe finding's severity and category (the first one on a tie); null when clean. */
  readonly severity: WordingSeverity | null;
  readonly category: WordingCategory | null;
}

/** Sums a draft's findings (already sorted by position) up the way the send guard and the evaluation read them. */
export function draftVerdict(findings: readonly WordingFinding[]): DraftVerdict {
  const lead = findings.find((finding) => finding.severity === 'block') ?? findings[0];
  return lead ? { flagged: true, severity: lead.severity, category: lead.category } : { flagged: false, severity: null, category: null };
}
