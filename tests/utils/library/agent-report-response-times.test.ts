import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { agentReportSchema, agentReportToCsv, buildAgentReport } from '../../../utils/library/agent-report';
import type { ResponseSummary } from '../../../utils/schemas/waiting-queue';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';

afterEach(closeTestLibraryDbs);

const WEEK: ResponseSummary[] = [
  { day: '2026-12-06', site: 'pinduoduo', replies: 30, withinWindow: 28, medianFirstReplyMs: 40_000, slowestFirstReplyMs: 161_000 },
  { day: '2026-12-05', site: 'jd-dongdong', replies: 12, withinWindow: 9, medianFirstReplyMs: 21_500, slowestFirstReplyMs: 95_000 },
  { day: '2026-12-05', site: 'feige', replies: 0, withinWindow: 0, medianFirstReplyMs: null, slowestFirstReplyMs: null },
];

describe('the agent’s reply times in the report for the lead', () => {
  it('carries them per client and day, and reads back from the JSON file unchanged', async () => {
    const db = openTestLibraryDb();
    const report = await buildAgentReport(db, { agent: '小王', now: 100, practice: [], suggested: [], responseFigures: WEEK });

    expect(report.responseFigures).toEqual([WEEK[2], WEEK[1], WEEK[0]]);
    const read = agentReportSchema.parse(JSON.parse(JSON.stringify(report)));
    expect(read).toEqual(report);
  });

  it('leaves them out when the worker passes none, and an older report without them still reads', async () => {
    const db = openTestLibraryDb();
    const report = await buildAgentReport(db, { now: 100, practice: [], suggested: [] });
    expect('responseFigures' in report).toBe(false);
    expect(agentReportToCsv(report).map((file) => file.fileName)).not.toContain('response-times.csv');

    const formatOne = { kind: 'huashu-agent-report', format: 1, exportedAt: 1, packs: [], usage: [], edits: [], sentAnyway: [], flags: [] };
    expect(agentReportSchema.parse(formatOne)).toEqual(formatOne);
  });

  it('holds numbers only: a figure carrying text is refused with the rule', () => {
    const base = { kind: 'huashu-agent-report', format: 2, exportedAt: 1, packs: [], usage: [], edits: [], sentAnyway: [], flags: [] };
    const withText = { ...base, responseFigures: [{ ...WEEK[0], day: '买家说：快发货' }] };
    const checked = agentReportSchema.safeParse(withText);
    expect(checked.success).toBe(false);
    expect(checked.error?.issues[0]?.message).toContain('回复时效只能是数字');
    expect(agentReportSchema.safeParse({ ...base, responseFigures: [{ ...WEEK[0], withinWindow: 31 }] }).success).toBe(false);
  });

  it('comes as a CSV file too, in seconds', async () => {
    const db = openTestLibraryDb();
    const files = agentReportToCsv(await buildAgentReport(db, { agent: '小王', now: 100, practice: [], suggested: [], responseFigures: WEEK }));
    const times = files.find((file) => file.fileName === 'response-times-小王.csv');
    expect(times?.text.split('\r\n').slice(0, 3)).toEqual([
      '\ufeff日期,平台,首次回复,时限内,首次回复中位数（秒）,最慢首次回复（秒）',
      '2026-12-05,feige,0,0,,',
      '2026-12-05,jd-dongdong,12,9,21.5,95.0',
    ]);
  });
});
