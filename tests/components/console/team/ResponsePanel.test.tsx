// @vitest-environment jsdom
import '../antd-in-jsdom';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../../components/i18n/i18n-provider';
import { TeamPicture } from '../../../../components/console/team/TeamPicture';
import { agentReportSchema, type AgentReport } from '../../../../utils/library/agent-report';
import { responseByAgent } from '../../../../utils/team-review/response-by-agent';

// The chart itself draws in the real browser; here its table, the accessible form, is what is read.
vi.mock('../../../../components/console/team/TeamChart', () => ({ TeamChart: () => null }));

afterEach(cleanup);

const BASE = { kind: 'huashu-agent-report', format: 2, exportedAt: 1_780_000_000_000, packs: [], usage: [], edits: [], sentAnyway: [], flags: [] } as const;

const XIAOWANG: AgentReport = agentReportSchema.parse({
  ...BASE,
  agent: '小王',
  responseFigures: [
    { day: '2026-12-04', site: 'pinduoduo', replies: 10, withinWindow: 9, medianFirstReplyMs: 30_000, slowestFirstReplyMs: 120_000 },
    { day: '2026-12-05', site: 'pinduoduo', replies: 10, withinWindow: 7, medianFirstReplyMs: 50_000, slowestFirstReplyMs: 200_000 },
    { day: '2026-12-06', site: 'pinduoduo', replies: 20, withinWindow: 20, medianFirstReplyMs: 40_000, slowestFirstReplyMs: 90_000 },
    { day: '2026-12-06', site: 'jd-dongdong', replies: 4, withinWindow: 1, medianFirstReplyMs: 45_000, slowestFirstReplyMs: 70_000 },
  ],
});
const XIAOLI: AgentReport = agentReportSchema.parse({
  ...BASE,
  agent: '小李',
  responseFigures: [{ day: '2026-12-06', site: 'feige', replies: 8, withinWindow: 6, medianFirstReplyMs: 60_000, slowestFirstReplyMs: 175_000 }],
});
// A report from a build before the waiting queue: no figures, still merged.
const OLDER: AgentReport = agentReportSchema.parse({ ...BASE, format: 1, agent: '老张' });

describe('the team picture’s reply times per agent', () => {
  it('sums each agent’s days per client: replies, within the window, share, median of daily medians, slowest', () => {
    expect(responseByAgent([XIAOWANG, XIAOLI, OLDER])).toEqual([
      { agent: '小李', site: 'feige', days: 1, replies: 8, withinWindow: 6, withinShare: 75, dailyMedianMs: 60_000, slowestMs: 175_000 },
      { agent: '小王', site: 'pinduoduo', days: 3, replies: 40, withinWindow: 36, withinShare: 90, dailyMedianMs: 40_000, slowestMs: 200_000 },
      { agent: '小王', site: 'jd-dongdong', days: 1, replies: 4, withinWindow: 1, withinShare: 25, dailyMedianMs: 45_000, slowestMs: 70_000 },
    ]);
  });

  it('shows them in the lead’s console as a table beside the chart, leaving out reports without figures', async () => {
    render(
      <I18nProvider>
        <TeamPicture reports={[XIAOWANG, XIAOLI, OLDER]} leadPack={undefined} categories={[]} mostEdited={[]} />
      </I18nProvider>,
    );
    const table = await screen.findByTestId('team-response-table');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['小李', '抖店飞鸽', '1', '8', '6', '75%', '1:00', '2:55'],
      ['小王', '拼多多商家客服', '3', '40', '36', '90%', '0:40', '3:20'],
      ['小王', '京东咚咚', '1', '4', '1', '25%', '0:45', '1:10'],
    ]);
    expect(screen.getByTestId('team-response-summary').textContent).toContain('2 位客服的报告带有回复时效');
  });

  it('says so when no report carries reply times', async () => {
    render(
      <I18nProvider>
        <TeamPicture reports={[OLDER]} leadPack={undefined} categories={[]} mostEdited={[]} />
      </I18nProvider>,
    );
    expect((await screen.findByTestId('team-response')).textContent).toContain('这些报告里没有回复时效');
  });
});
