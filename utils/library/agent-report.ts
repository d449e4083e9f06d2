import { z } from 'zod';
import type { LibraryDb } from '../db/library-db';
import {
  phraseOverrideSchema,
  ruleStatsSchema,
  storedPackSchema,
  storedPhraseSchema,
  storedWordingRuleSchema,
  usageRecordSchema,
} from '../db/records';
import { csvText } from '../packs/csv-text';
import { fileSafe } from '../packs/file-name';
import { practiceResultSchema, type PracticeResult } from '../schemas/practice-result';
import type { ResponseSummary } from '../schemas/waiting-queue';
import { loadPracticeHistory } from '../settings/practice-history-store';
import { loadSuggestionCounts, type SuggestionCount } from '../settings/suggestion-counts-store';
import { parseRows } from './parse-rows';
import { flagsToCsv, isoTime } from './export-library';

/**
 * What an agent hands their lead (no server involved): how often each phrase was used for
 * which buyer intent, their own wordings of pack phrases, how often they sent a flagged draft
 * anyway, and the wording they flagged. Never any chat text. The lead's options page merges
 * several of these.
 *
 * Format 2 adds how often each phrase was suggested (utils/usage/shown-suggestions.ts), what
 * became of each insertion (sent unchanged, edited, deleted — counts the page saw,
 * utils/usage/insertion-outcome.ts) and the agent's practice scores; a format-1 file reads with none.
 * A format-2 report may also carry the agent's reply times per client and local day
 * (`responseFigures`, the waiting queue's figures): numbers only; a report without them (older
 * builds) reads as before, and an older console reading a newer report ignores them.
 */
export const AGENT_REPORT_FORMAT = 2;
const REPORT_FIGURE_RULE = '回复时效只能是数字：日期 YYYY-MM-DD、平台 id、次数和毫秒，例如 {"day":"2026-12-06","site":"pinduoduo","replies":30,"withinWindow":28,"medianFirstReplyMs":40000,"slowestFirstReplyMs":161000} / reply times are numbers only: day, site id, counts and milliseconds';
const count = z.number({ error: REPORT_FIGURE_RULE }).int({ error: REPORT_FIGURE_RULE }).min(0, { error: REPORT_FIGURE_RULE });
const replyMs = z.number({ error: REPORT_FIGURE_RULE }).min(0, { error: REPORT_FIGURE_RULE }).max(7 * 24 * 3_600_000, { error: REPORT_FIGURE_RULE }).nullable();
/** One client's reply times on one local day, as the report carries them: a day, a client id and numbers, no text. */
export const reportedResponseDaySchema = z
  .object({
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: REPORT_FIGURE_RULE }),
    site: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, { error: REPORT_FIGURE_RULE }),
    replies: count,
    withinWindow: count,
    medianFirstReplyMs: replyMs,
    slowestFirstReplyMs: replyMs,
  })
  .refine((row) => row.withinWindow <= row.replies, { error: REPORT_FIGURE_RULE });
const outcomeCount = z.number().int().min(0).optional();
export const agentReportSchema = z.object({
  kind: z.literal('huashu-agent-report', { error: '这不是话术助手的客服报告 / not a 话术助手 agent report' }),
  format: z.literal([1, AGENT_REPORT_FORMAT], { error: '报告格式只能是 1 或 2，例如 "format": 2 / the report format must be 1 or 2, e.g. "format": 2' }),
  exportedAt: z.number(),
  agent: z.string().max(80).optional(),
  packs: z.array(z.object({ id: z.string(), name: z.string(), version: z.string() })).max(1000),
  usage: z
    .array(
      z.object({
        phraseUid: z.string().max(200),
        packId: z.string().max(64),
        category: z.string().max(40).optional(),
        /** The phrase as the pack words it; absent when the phrase is no longer in the library. */
        text: z.string().max(500).optional(),
        intent: z.string().max(40),
        count: z.number().int().min(1),
        lastUsedAt: z.number(),
        sentUnchanged: outcomeCount,
        edited: outcomeCount,
        deleted: outcomeCount,
      }),
    )
    .max(500_000),
  /** Per phrase, how many buyer turns it was suggested for (the top of the lead's funnel). */
  suggested: z
    .array(
      z.object({
        phraseUid: z.string().max(200),
        packId: z.string().max(64),
        category: z.string().max(40).optional(),
        text: z.string().max(500).optional(),
        count: z.number().int().min(1),
        lastAt: z.number(),
      }),
    )
    .max(500_000)
    .optional(),
  edits: z.array(phraseOverrideSchema.extend({ packText: z.string().max(500).optional() })).max(100_000),
  sentAnyway: z
    .array(ruleStatsSchema.extend({ ruleId: z.string().max(64).optional(), packId: z.string().max(64).optional(), category: z.string().max(40).optional() }))
    .max(10_000),
  flags: z.array(storedWordingRuleSchema).max(10_000),
  /** Finished practices, oldest first: the score card's figures, never what was typed. */
  practice: z.array(practiceResultSchema).max(1000).optional(),
  /** The agent's first replies per client and local day (the waiting queue's figures), oldest day first. */
  responseFigures: z.array(reportedResponseDaySchema).max(366 * 20).optional(),
});
export type AgentReport = z.infer<typeof agentReportSchema>;

export interface AgentReportOptions {
  agent?: string | undefined;
  now?: number | undefined;
  /** The practice history to include; read from this browser's storage when not given. */
  practice?: readonly PracticeResult[] | undefined;
  /** How often phrases were suggested; read from this browser's storage when not given. */
  suggested?: readonly SuggestionCount[] | undefined;
  /**
   * The agent's reply times per client and day (what `getResponseFigures` answers), passed in by
   * the worker that keeps them; without it the report carries none.
   */
  responseFigures?: readonly ResponseSummary[] | undefined;
}

export async function buildAgentReport(db: LibraryDb, options: AgentReportOptions = {}): Promise<AgentReport> {
  const raw = await db.transaction('r', [db.packs, db.phrases, db.usage, db.phraseOverrides, db.ruleStats, db.rules], async () => ({
    packs: await db.packs.toArray(),
    phrases: await db.phrases.toArray(),
    usage: await db.usage.toArray(),
    overrides: await db.phraseOverrides.toArray(),
    ruleStats: await db.ruleStats.toArray(),
    rules: await db.rules.toArray(),
  }));
  const phrases = new Map(parseRows('phrases', raw.phrases, storedPhraseSchema).map((phrase) => [phrase.uid, phrase]));
  const rules = parseRows('rules', raw.rules, storedWordingRuleSchema);
  const rulesByUid = new Map(rules.map((rule) => [rule.uid, rule]));
  const agent = options.agent?.trim();
  const practice = options.practice ?? (await loadPracticeHistory());
  const suggested = options.suggested ?? (await loadSuggestionCounts());
  /** A phrase as a report row names it: its uid and pack, and its category and text while the library holds it. */
  const phraseRef = (phraseUid: string) => {
    const phrase = phrases.get(phraseUid);
    return {
      phraseUid,
      packId: phraseUid.slice(0, phraseUid.indexOf('/')),
      ...(phrase ? { category: phrase.category, text: phrase.text } : {}),
    };
  };
  return {
    kind: 'huashu-agent-report',
    format: AGENT_REPORT_FORMAT,
    exportedAt: options.now ?? Date.now(),
    ...(agent ? { agent: agent.slice(0, 80) } : {}),
    packs: parseRows('packs', raw.packs, storedPackSchema)
      .map(({ id, name, version }) => ({ id, name, version }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    usage: parseRows('usage', raw.usage, usageRecordSchema)
      .map((row) => ({
        ...phraseRef(row.phraseUid),
        intent: row.intent,
        count: row.count,
        lastUsedAt: row.lastUsedAt,
        ...(row.sentUnchanged ? { sentUnchanged: row.sentUnchanged } : {}),
        ...(row.edited ? { edited: row.edited } : {}),
        ...(row.deleted ? { deleted: row.deleted } : {}),
      }))
      .sort((a, b) => b.count - a.count || a.phraseUid.localeCompare(b.phraseUid) || a.intent.localeCompare(b.intent)),
    suggested: suggested
      .map((row) => ({ ...phraseRef(row.phraseUid), count: row.count, lastAt: row.lastAt }))
      .sort((a, b) => b.count - a.count || a.phraseUid.localeCompare(b.phraseUid)),
    edits: parseRows('phraseOverrides', raw.overrides, phraseOverrideSchema)
      .map((edit) => {
        const packText = phrases.get(edit.uid)?.text;
        return packText === undefined ? edit : { ...edit, packText };
      })
      .sort((a, b) => a.uid.localeCompare(b.uid)),
    sentAnyway: parseRows('ruleStats', raw.ruleStats, ruleStatsSchema)
      .map((stats) => {
        const rule = rulesByUid.get(stats.ruleUid);
        return rule ? { ...stats, ruleId: rule.id, packId: rule.packId, category: rule.category } : stats;
      })
      .sort((a, b) => b.sentAnyway - a.sentAnyway || a.ruleUid.localeCompare(b.ruleUid)),
    flags: rules.filter((rule) => rule.packId === 'local').sort((a, b) => a.createdAt - b.createdAt || a.uid.localeCompare(b.uid)),
    practice: practice.map((result) => practiceResultSchema.parse(result)).sort((a, b) => a.finishedAt - b.finishedAt),
    ...(options.responseFigures
      ? {
          responseFigures: options.responseFigures
            .map((row) => reportedResponseDaySchema.parse(row))
            .sort((a, b) => a.day.localeCompare(b.day) || a.site.localeCompare(b.site)),
        }
      : {}),
  };
}

export interface ReportFile {
  fileName: string;
  text: string;
}

/** The report as CSV files a lead can open in Excel: usage, suggestions, edits, send-anyway counts, flags, practice scores and reply times. */
export function agentReportToCsv(report: AgentReport): ReportFile[] {
  const who = report.agent ? `-${fileSafe(report.agent)}` : '';
  return [
    {
      fileName: `usage${who}.csv`,
      text: csvText([
        ['话术编号', '话术包', '分类', '话术', '买家意图', '使用次数', '最后使用', '原样发送', '改后发送', '删掉'],
        ...report.usage.map((row) => [
          row.phraseUid,
          row.packId,
          row.category ?? '',
          row.text ?? '',
          row.intent,
          String(row.count),
          isoTime(row.lastUsedAt),
          String(row.sentUnchanged ?? 0),
          String(row.edited ?? 0),
          String(row.deleted ?? 0),
        ]),
      ]),
    },
    {
      fileName: `suggested${who}.csv`,
      text: csvText([
        ['话术编号', '话术包', '分类', '话术', '推荐次数', '最后推荐'],
        ...(report.suggested ?? []).map((row) => [row.phraseUid, row.packId, row.category ?? '', row.text ?? '', String(row.count), isoTime(row.lastAt)]),
      ]),
    },
    {
      fileName: `edits${who}.csv`,
      text: csvText([
        ['话术编号', '话术包原文', '客服改写', '修改时间'],
        ...report.edits.map((edit) => [edit.uid, edit.packText ?? '', edit.text, isoTime(edit.updatedAt)]),
      ]),
    },
    {
      fileName: `sent-anyway${who}.csv`,
      text: csvText([
        ['规则编号', '类别', '仍然发送次数', '最后一次'],
        ...report.sentAnyway.map((row) => [row.ruleUid, row.category ?? '', String(row.sentAnyway), isoTime(row.lastAt)]),
      ]),
    },
    { fileName: `flags${who}.csv`, text: flagsToCsv(report.flags) },
    {
      fileName: `practice${who}.csv`,
      text: csvText([
        ['练习场景', '完成时间', '得分', '评级', '回合', '合规回合', '发送前拦下', '发出的风险话术', '用了推荐', '回复数'],
        ...(report.practice ?? []).map((row) => [
          row.scenarioId,
          isoTime(row.finishedAt),
          String(row.points),
          row.grade,
          String(row.turns),
          String(row.withinStandard),
          String(row.caughtBeforeSending),
          String(row.riskySent),
          String(row.suggestionsUsed),
          String(row.replies),
        ]),
      ]),
    },
    // Only from a report that carries reply times: an agent without any first reply gets no empty file.
    ...(report.responseFigures && report.responseFigures.length > 0
      ? [
          {
            fileName: `response-times${who}.csv`,
            text: csvText([
              ['日期', '平台', '首次回复', '时限内', '首次回复中位数（秒）', '最慢首次回复（秒）'],
              ...report.responseFigures.map((row) => [
                row.day,
                row.site,
                String(row.replies),
                String(row.withinWindow),
                seconds(row.medianFirstReplyMs),
                seconds(row.slowestFirstReplyMs),
              ]),
            ]),
          },
        ]
      : []),
  ];
}

function seconds(ms: number | null): string {
  return ms === null ? '' : (ms / 1000).toFixed(1);
}
