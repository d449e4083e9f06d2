import type { AgentReport } from '../library/agent-report';
import type { Pack } from '../schemas/pack';
import type { PracticeGrade } from '../schemas/practice-result';
import { phraseUid } from '../schemas/phrase';

/**
 * The team's picture for the lead's charts: several agents' reports merged into one row per
 * phrase, rule or trainee. Pure; each chart and its table (and the table's CSV) read the same rows.
 */

/** The name a report goes by: the agent's own, or its place in the list when they gave none. */
export function reportAgentName(report: AgentReport, index: number): string {
  return report.agent ?? `#${index + 1}`;
}

export interface PhraseFunnelRow {
  phraseUid: string;
  text: string | null;
  category: string | null;
  /** Buyer turns it was suggested for (format-2 reports only). */
  suggested: number;
  /** Suggestions the agent did not take: suggested less inserted (never below 0). */
  notPicked: number;
  inserted: number;
  sentUnchanged: number;
  edited: number;
  deleted: number;
  /** Insertions whose fate the page did not see (the agent switched chats, or a format-1 report). */
  unknown: number;
  /** How many reports inserted the phrase. */
  agents: number;
}

type FunnelTotals = Omit<PhraseFunnelRow, 'unknown' | 'agents' | 'notPicked'> & { reports: Set<number> };

/**
 * Per phrase, suggested → inserted → sent unchanged / edited / deleted, summed over every agent
 * and buyer intent; largest funnel first. A phrase suggested and never taken has a row too: that
 * is what agents reject.
 */
export function phraseFunnel(reports: readonly AgentReport[]): PhraseFunnelRow[] {
  const rows = new Map<string, FunnelTotals>();
  const rowOf = (phraseUid: string): FunnelTotals => {
    const row = rows.get(phraseUid) ?? { phraseUid, text: null, category: null, suggested: 0, inserted: 0, sentUnchanged: 0, edited: 0, deleted: 0, reports: new Set<number>() };
    rows.set(phraseUid, row);
    return row;
  };
  reports.forEach((report, index) => {
    for (const shown of report.suggested ?? []) {
      const row = rowOf(shown.phraseUid);
      row.text ??= shown.text ?? null;
      row.category ??= shown.category ?? null;
      row.suggested += shown.count;
    }
    for (const use of report.usage) {
      const row = rowOf(use.phraseUid);
      row.text ??= use.text ?? null;
      row.category ??= use.category ?? null;
      row.inserted += use.count;
      row.sentUnchanged += use.sentUnchanged ?? 0;
      row.edited += use.edited ?? 0;
      row.deleted += use.deleted ?? 0;
      row.reports.add(index);
    }
  });
  return [...rows.values()]
    .map(({ reports: used, ...row }) => ({
      ...row,
      notPicked: Math.max(0, row.suggested - row.inserted),
      unknown: Math.max(0, row.inserted - row.sentUnchanged - row.edited - row.deleted),
      agents: used.size,
    }))
    .sort((a, b) => Math.max(b.suggested, b.inserted) - Math.max(a.suggested, a.inserted) || b.inserted - a.inserted || a.phraseUid.localeCompare(b.phraseUid));
}

export interface NeverUsedPhrase {
  phraseUid: string;
  category: string;
  text: string;
}

export interface CategoryUse {
  category: string;
  used: number;
  neverUsed: number;
}

export interface NeverUsed {
  phrases: NeverUsedPhrase[];
  /** Per category of the pack, in the pack's order of first appearance: how many phrases were used and how many not. */
  byCategory: CategoryUse[];
}

/** The lead's pack phrases no report used; nothing without a pack to compare with. */
export function neverUsedPhrases(reports: readonly AgentReport[], leadPack: Pack | undefined): NeverUsed {
  if (!leadPack) return { phrases: [], byCategory: [] };
  const used = new Set(reports.flatMap((report) => report.usage.map((use) => use.phraseUid)));
  const byCategory = new Map<string, CategoryUse>();
  const phrases: NeverUsedPhrase[] = [];
  for (const phrase of leadPack.phrases) {
    const uid = phraseUid(leadPack.id, phrase.id);
    const counts = byCategory.get(phrase.category) ?? { category: phrase.category, used: 0, neverUsed: 0 };
    if (used.has(uid)) counts.used += 1;
    else {
      counts.neverUsed += 1;
      phrases.push({ phraseUid: uid, category: phrase.category, text: phrase.text });
    }
    byCategory.set(phrase.category, counts);
  }
  return { phrases, byCategory: [...byCategory.values()] };
}

export interface RiskyRuleRow {
  ruleUid: string;
  ruleId: string | null;
  category: string | null;
  /** Drafts the send guard stopped for this rule, over every agent. */
  held: number;
  /** Of those, sent anyway (仍然发送). */
  sentAnyway: number;
  /** Per agent, in the order of `RiskyPicture.agents`. */
  heldByAgent: number[];
  sentAnywayByAgent: number[];
}

export interface RiskyAgentRow {
  agent: string;
  held: number;
  sentAnyway: number;
}

export interface RiskyPicture {
  agents: string[];
  rules: RiskyRuleRow[];
  byAgent: RiskyAgentRow[];
}

/**
 * Risky drafts the send guard stopped, and those sent anyway (仍然发送), per rule and per agent.
 * A report from before stopped drafts were counted has only the sent-anyway figure; each of those
 * drafts was stopped first, so it counts as stopped too.
 */
export function riskyByRuleAndAgent(reports: readonly AgentReport[]): RiskyPicture {
  const agents = reports.map(reportAgentName);
  const rules = new Map<string, RiskyRuleRow>();
  reports.forEach((report, index) => {
    for (const row of report.sentAnyway) {
      const rule = rules.get(row.ruleUid) ?? {
        ruleUid: row.ruleUid,
        ruleId: row.ruleId ?? null,
        category: row.category ?? null,
        held: 0,
        sentAnyway: 0,
        heldByAgent: agents.map(() => 0),
        sentAnywayByAgent: agents.map(() => 0),
      };
      const held = Math.max(row.held ?? 0, row.sentAnyway);
      rule.ruleId ??= row.ruleId ?? null;
      rule.category ??= row.category ?? null;
      rule.held += held;
      rule.sentAnyway += row.sentAnyway;
      rule.heldByAgent[index] = (rule.heldByAgent[index] ?? 0) + held;
      rule.sentAnywayByAgent[index] = (rule.sentAnywayByAgent[index] ?? 0) + row.sentAnyway;
      rules.set(row.ruleUid, rule);
    }
  });
  const sorted = [...rules.values()]
    .filter((rule) => rule.held > 0)
    .sort((a, b) => b.held - a.held || b.sentAnyway - a.sentAnyway || a.ruleUid.localeCompare(b.ruleUid));
  const sum = (pick: (rule: RiskyRuleRow) => number) => sorted.reduce((total, rule) => total + pick(rule), 0);
  return {
    agents,
    rules: sorted,
    byAgent: agents.map((agent, index) => ({ agent, held: sum((rule) => rule.heldByAgent[index] ?? 0), sentAnyway: sum((rule) => rule.sentAnywayByAgent[index] ?? 0) })),
  };
}

export interface TraineeRow {
  trainee: string;
  tries: number;
  /** Distinct scenarios practised. */
  scenarios: number;
  averagePoints: number;
  bestPoints: number;
  lastPoints: number;
  lastGrade: PracticeGrade;
  /** Risky replies the trainee sent in practice, and those the check caught before sending. */
  riskySent: number;
  caughtBeforeSending: number;
}

/** Each trainee's practice, from the scores their report carries (format 2); trainees without practice are left out. */
export function practiceByTrainee(reports: readonly AgentReport[]): TraineeRow[] {
  const rows = new Map<string, AgentReport['practice'] & object>();
  reports.forEach((report, index) => {
    const results = report.practice ?? [];
    if (results.length === 0) return;
    const trainee = reportAgentName(report, index);
    rows.set(trainee, [...(rows.get(trainee) ?? []), ...results]);
  });
  return [...rows.entries()]
    .map(([trainee, results]) => {
      const ordered = [...results].sort((a, b) => a.finishedAt - b.finishedAt);
      const last = ordered[ordered.length - 1];
      const points = ordered.map((result) => result.points);
      return {
        trainee,
        tries: ordered.length,
        scenarios: new Set(ordered.map((result) => result.scenarioId)).size,
        averagePoints: Math.round((points.reduce((sum, value) => sum + value, 0) / ordered.length) * 10) / 10,
        bestPoints: Math.max(...points),
        lastPoints: last?.points ?? 0,
        lastGrade: last?.grade ?? 'practice-more',
        riskySent: ordered.reduce((sum, result) => sum + result.riskySent, 0),
        caughtBeforeSending: ordered.reduce((sum, result) => sum + result.caughtBeforeSending, 0),
      };
    })
    .sort((a, b) => a.trainee.localeCompare(b.trainee, 'zh-CN'));
}
