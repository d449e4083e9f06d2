// @vitest-environment jsdom
import '../antd-in-jsdom';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../../components/i18n/i18n-provider';
import { ResponseTimesSection } from '../../../../components/console/response-times/ResponseTimesSection';
import type { OptionsServices } from '../../../../components/options/options-services';
import type { ResponseSummary } from '../../../../utils/schemas/waiting-queue';
import { lastDays } from '../../../../utils/wait-clock/response-figures';

// The chart itself draws in the real browser; here its table, the accessible form, is what is read.
vi.mock('../../../../components/console/team/TeamChart', () => ({ TeamChart: () => null }));

afterEach(cleanup);

// Midday, local time: the week's days do not depend on the test machine's time zone.
const NOW = new Date(2026, 11, 6, 12).getTime();

const FIGURES: ResponseSummary[] = [
  { day: '2026-12-06', site: 'jd-dongdong', replies: 12, withinWindow: 9, medianFirstReplyMs: 21_000, slowestFirstReplyMs: 95_000 },
  { day: '2026-12-06', site: 'pinduoduo', replies: 30, withinWindow: 28, medianFirstReplyMs: 40_000, slowestFirstReplyMs: 161_000 },
  { day: '2026-12-04', site: 'pinduoduo', replies: 8, withinWindow: 8, medianFirstReplyMs: 15_000, slowestFirstReplyMs: 60_000 },
  // Older than the week: not shown.
  { day: '2026-11-20', site: 'pinduoduo', replies: 3, withinWindow: 1, medianFirstReplyMs: 200_000, slowestFirstReplyMs: 400_000 },
];

function renderSection(call: OptionsServices['call']) {
  render(
    <I18nProvider>
      <ResponseTimesSection services={{ call }} now={() => NOW} />
    </I18nProvider>,
  );
}

describe('我的回复时效: the agent’s own week', () => {
  it('asks the worker for seven days of figures and lists them per day and client, newest first, with median and slowest', async () => {
    const call = vi.fn(async () => FIGURES) as unknown as OptionsServices['call'];
    renderSection(call);
    const table = await screen.findByTestId('team-my-response-table');
    expect(call).toHaveBeenCalledWith('getResponseFigures', { days: 7 });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['2026-12-06', '拼多多商家客服', '30', '28', '93%', '0:40', '2:41'],
      ['2026-12-06', '京东咚咚', '12', '9', '75%', '0:21', '1:35'],
      ['2026-12-04', '拼多多商家客服', '8', '8', '100%', '0:15', '1:00'],
    ]);
    expect(screen.getByTestId('team-my-response-summary').textContent).toContain('近 7 天共首次回复 50 次，其中 45 次在时限内（90%）');
  });

  it('says so when there are no figures yet, and when the worker cannot answer', async () => {
    renderSection(vi.fn(async () => []) as unknown as OptionsServices['call']);
    expect((await screen.findByTestId('team-my-response-summary')).textContent).toContain('近 7 天还没有记录到首次回复');
    cleanup();
    renderSection(vi.fn(async () => Promise.reject(new Error('no handler'))) as unknown as OptionsServices['call']);
    expect((await screen.findByRole('alert')).textContent).toBe('暂时读不到回复时效，请稍后刷新页面再试。');
  });

  it('has a chart axis of the last seven local days, oldest first', () => {
    expect(lastDays(NOW, 7)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
  });
});
