import type { AgentReport } from '../library/agent-report';
import { reportAgentName } from './team-picture';

/** One agent's reply times on one client, over the days their report carries. */
export interface AgentResponseRow {
  agent: string;
  site: string;
  /** Days with at least one first reply. */
  days: number;
  replies: number;
  withinWindow: number;
  /** Share of replies within the window, whole percent (null without replies). */
  withinShare: number | null;
  /**
   * The median of the daily medians: the report carries each day's median, not every reply, so a
   * true median over the period cannot be had; the table says which it is.
   */
  dailyMedianMs: number | null;
  slowestMs: number | null;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The team's reply times for the lead's console: one row per agent and client, from the figures
 * each report carries (reports from older builds carry none and are left out). Numbers only.
 */
export function responseByAgent(reports: readonly AgentReport[]): AgentResponseRow[] {
  const rows: AgentResponseRow[] = [];
  reports.forEach((report, index) => {
    const agent = reportAgentName(report, index);
    const bySite = new Map<string, NonNullable<AgentReport['responseFigures']>>();
    for (const day of report.responseFigures ?? []) bySite.set(day.site, [...(bySite.get(day.site) ?? []), day]);
    for (const [site, days] of bySite) {
      const answered = days.filter((day) => day.replies > 0);
      const replies = answered.reduce((sum, day) => sum + day.replies, 0);
      const withinWindow = answered.reduce((sum, day) => sum + day.withinWindow, 0);
      const slowest = answered.flatMap((day) => (day.slowestFirstReplyMs === null ? [] : [day.slowestFirstReplyMs]));
      rows.push({
        agent,
        site,
        days: answered.length,
        replies,
        withinWindow,
        withinShare: replies === 0 ? null : Math.round((withinWindow / replies) * 100),
        dailyMedianMs: median(answered.flatMap((day) => (day.medianFirstReplyMs === null ? [] : [day.medianFirstReplyMs]))),
        slowestMs: slowest.length === 0 ? null : Math.max(...slowest),
      });
    }
  });
  return rows.sort((a, b) => a.agent.localeCompare(b.agent, 'zh-CN') || b.replies - a.replies || a.site.localeCompare(b.site));
}
