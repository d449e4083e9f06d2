import type { WordingFinding, WordingSeverity } from '../../utils/schemas/risky-wording-finding';

/** A run of the draft: plain, or covered by findings (the most severe one colours it). */
export interface DraftSegment {
  readonly text: string;
  readonly severity: WordingSeverity | null;
}

/**
 * Cuts the draft at every finding's start and end, so overlapping findings ("全网最低" block
 * inside "全网最低价" warn) still read as one highlighted stretch, coloured by the worst one.
 */
export function highlightSegments(draft: string, findings: readonly Pick<WordingFinding, 'start' | 'end' | 'severity'>[]): DraftSegment[] {
  const cuts = new Set<number>([0, draft.length]);
  for (const finding of findings) {
    cuts.add(Math.max(0, Math.min(draft.length, finding.start)));
    cuts.add(Math.max(0, Math.min(draft.length, finding.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: DraftSegment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? from;
    if (to <= from) continue;
    const covering = findings.filter((finding) => finding.start <= from && to <= finding.end);
    const severity = covering.some((finding) => finding.severity === 'block') ? 'block' : covering.length > 0 ? 'warn' : null;
    const previous = segments[segments.length - 1];
    const text = draft.slice(from, to);
    if (previous && previous.severity === severity) segments[segments.length - 1] = { text: previous.text + text, severity };
    else segments.push({ text, severity });
  }
  return segments;
}
