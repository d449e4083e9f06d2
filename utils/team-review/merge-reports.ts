import type { StoredWordingRule } from '../db/records';
import type { AgentReport } from '../library/agent-report';
import type { Pack } from '../schemas/pack';
import { phraseUid } from '../schemas/phrase';

/**
 * The lead's view of several agents' reports (no server: the agents hand over their files).
 * Pure: the options page parses the files with agentReportSchema and passes them in.
 */

export interface PhraseUsageTotal {
  phraseUid: string;
  text: string | null;
  category: string | null;
  /** Insertions summed over every agent and buyer intent. */
  total: number;
  /** How many of the reports used it at all. */
  agents: number;
}

export interface EditedPhrase {
  uid: string;
  packText: string | null;
  /** Each agent's own wording, one per agent that rewrote it. */
  rewrites: string[];
}

export interface SentAnywayTotal {
  ruleUid: string;
  ruleId: string | null;
  category: string | null;
  total: number;
}

export interface MergedFlag {
  /** The flagged wording, as the first agent wrote it; the key that merges agents' flags. */
  term: string;
  /** The rule as the first report carries it (later reports' duplicates add only their reasons). */
  rule: StoredWordingRule;
  /** Every distinct reason agents gave. */
  reasons: string[];
  /** How many reports flagged this term. */
  reporters: number;
}

export interface TeamReview {
  agents: string[];
  usage: PhraseUsageTotal[];
  /** Phrases of the lead's pack no report used (only when the pack is given). */
  neverUsed: { phraseUid: string; text: string }[];
  mostEdited: EditedPhrase[];
  sentAnyway: SentAnywayTotal[];
  flags: MergedFlag[];
}

/** How agents' flags are matched: the same words, whatever the spacing or letter case. */
export function flagKey(term: string): string {
  return term.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function flagTerm(rule: StoredWordingRule): string {
  return rule.terms[0] ?? rule.patterns[0]?.regex ?? rule.id;
}

export function mergeAgentReports(reports: readonly AgentReport[], leadPack?: Pack): TeamReview {
  const usage = new Map<string, PhraseUsageTotal & { reports: Set<number> }>();
  const edits = new Map<string, EditedPhrase>();
  const sentAnyway = new Map<string, SentAnywayTotal>();
  const flags = new Map<string, MergedFlag>();

  reports.forEach((report, index) => {
    for (const row of report.usage) {
      const total = usage.get(row.phraseUid) ?? { phraseUid: row.phraseUid, text: null, category: null, total: 0, agents: 0, reports: new Set<number>() };
      total.total += row.count;
      total.text ??= row.text ?? null;
      total.category ??= row.category ?? null;
      total.reports.add(index);
      usage.set(row.phraseUid, total);
    }
    for (const edit of report.edits) {
      const merged = edits.get(edit.uid) ?? { uid: edit.uid, packText: null, rewrites: [] };
      merged.packText ??= edit.packText ?? null;
      if (!merged.rewrites.includes(edit.text)) merged.rewrites.push(edit.text);
      edits.set(edit.uid, merged);
    }
    for (const row of report.sentAnyway) {
      const merged = sentAnyway.get(row.ruleUid) ?? { ruleUid: row.ruleUid, ruleId: row.ruleId ?? null, category: row.category ?? null, total: 0 };
      merged.total += row.sentAnyway;
      sentAnyway.set(row.ruleUid, merged);
    }
    const seenInThisReport = new Set<string>();
    for (const rule of report.flags) {
      const term = flagTerm(rule);
      const key = flagKey(term);
      const merged = flags.get(key) ?? { term, rule, reasons: [], reporters: 0 };
      const reason = rule.reason['zh-CN'];
      if (!merged.reasons.includes(reason)) merged.reasons.push(reason);
      if (!seenInThisReport.has(key)) merged.reporters += 1;
      seenInThisReport.add(key);
      flags.set(key, merged);
    }
  });

  const usageTotals = [...usage.values()]
    .map(({ reports: used, ...total }) => ({ ...total, agents: used.size }))
    .sort((a, b) => b.total - a.total || a.phraseUid.localeCompare(b.phraseUid));
  const used = new Set(usageTotals.map((row) => row.phraseUid));
  const neverUsed = (leadPack?.phrases ?? [])
    .map((phrase) => ({ phraseUid: phraseUid(leadPack?.id ?? '', phrase.id), text: phrase.text }))
    .filter((phrase) => !used.has(phrase.phraseUid));

  return {
    agents: reports.map((report, index) => report.agent ?? `#${index + 1}`),
    usage: usageTotals,
    neverUsed,
    mostEdited: [...edits.values()].sort((a, b) => b.rewrites.length - a.rewrites.length || a.uid.localeCompare(b.uid)),
    sentAnyway: [...sentAnyway.values()].sort((a, b) => b.total - a.total || a.ruleUid.localeCompare(b.ruleUid)),
    flags: [...flags.values()].sort((a, b) => b.reporters - a.reporters || a.term.localeCompare(b.term)),
  };
}
