import { useMemo } from 'react';
import type { ResponseSummary } from '../../../utils/schemas/waiting-queue';
import type { TableColumn } from '../../../utils/team-review/table-csv';
import { responseTableRows, withinShare, withinWindowByDay } from '../../../utils/wait-clock/response-figures';
import { formatWait } from '../../../utils/wait-clock/wait-format';
import { useI18n } from '../../console/use-console-i18n';
import { clientName } from '../../../utils/i18n/client-name';
import { ChartTablePanel } from '../team/ChartTablePanel';
import { stackedBars } from '../team/team-chart-options';

/**
 * The agent's own reply times, one chart and its table: per day the replies within each client's
 * window (stacked by client), and in the table per day and client the replies, how many were
 * within the window, the median and the slowest first reply. Numbers only.
 */
export function ResponseFiguresPanel({ figures, days }: { figures: readonly ResponseSummary[]; days: readonly string[] }) {
  const { t, lang } = useI18n();
  const rows = useMemo(() => responseTableRows(figures), [figures]);
  const time = (ms: number | null) => (ms === null ? '—' : formatWait(ms));
  const columns = useMemo<TableColumn<ResponseSummary>[]>(
    () => [
      { key: 'day', title: t('response.col.day'), value: (row) => row.day },
      { key: 'site', title: t('response.col.client'), value: (row) => clientName(lang, row.site) },
      { key: 'replies', title: t('response.col.replies'), value: (row) => row.replies },
      { key: 'within', title: t('response.col.within'), value: (row) => row.withinWindow },
      { key: 'share', title: t('response.col.share'), value: (row) => (withinShare(row) === null ? '—' : `${withinShare(row)}%`) },
      { key: 'median', title: t('response.col.median'), value: (row) => time(row.medianFirstReplyMs) },
      { key: 'slowest', title: t('response.col.slowest'), value: (row) => time(row.slowestFirstReplyMs) },
    ],
    [t, lang],
  );
  const option = useMemo(
    () =>
      stackedBars(
        days.map((day) => day.slice(5)),
        withinWindowByDay(figures, days).map((series) => ({ name: clientName(lang, series.site), values: series.values })),
        false,
      ),
    [figures, days, lang],
  );
  const replies = figures.reduce((sum, row) => sum + row.replies, 0);
  const within = figures.reduce((sum, row) => sum + row.withinWindow, 0);
  const share = withinShare({ replies, withinWindow: within });
  const summary =
    replies === 0
      ? t('response.summaryNone', { days: days.length })
      : t('response.summary', { days: days.length, replies, within, share: share === null ? '—' : `${share}%` });
  return (
    <ChartTablePanel
      id="my-response"
      title={t('response.chartTitle', { days: days.length })}
      summary={summary}
      option={option}
      chartHeight={260}
      columns={columns}
      rows={rows}
      rowKey={(row) => `${row.day}\n${row.site}`}
    />
  );
}
