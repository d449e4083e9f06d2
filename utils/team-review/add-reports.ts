import type { AgentReport } from '../library/agent-report';

export interface AddedReports {
  reports: AgentReport[];
  /** Agents whose older report a newer one replaced. */
  replaced: string[];
  /** Files that were a report already loaded (the same agent, exported at the same moment). */
  duplicates: number;
}

/**
 * Adds newly read reports to those already loaded. An agent's counts run from the day they
 * installed the extension, so a newer report of the same agent replaces the older one instead of
 * adding to it (adding would count their week twice); an older one than loaded is left out.
 * Unnamed reports cannot be told apart and are all kept.
 */
export function addReports(loaded: readonly AgentReport[], incoming: readonly AgentReport[]): AddedReports {
  const reports = [...loaded];
  const replaced: string[] = [];
  let duplicates = 0;
  for (const report of incoming) {
    if (reports.some((other) => other.agent === report.agent && other.exportedAt === report.exportedAt)) {
      duplicates += 1;
      continue;
    }
    const same = report.agent === undefined ? -1 : reports.findIndex((other) => other.agent === report.agent);
    const older = reports[same];
    if (older === undefined) {
      reports.push(report);
      continue;
    }
    if (older.exportedAt < report.exportedAt) reports[same] = report;
    if (report.agent !== undefined && !replaced.includes(report.agent)) replaced.push(report.agent);
  }
  return { reports, replaced, duplicates };
}
