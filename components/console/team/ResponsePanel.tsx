import { Card } from 'antd';
import { useMemo } from 'react';
import type { TableColumn } from '../../../utils/team-review/table-csv';
import type { AgentResponseRow } from '../../../utils/team-review/response-by-agent';
import { formatWait } from '../../../utils/wait-clock/wait-format';
import { useI18n } from '../../console/use-console-i18n';
import { clientName } from '../../../utils/i18n/client-name';
import { ChartTablePanel } from './ChartTablePanel';
import { groupedBars } from './team-chart-options';

/** Each agent's reply times per client, from the figures their reports carry (numbers only). */
export function ResponsePanel({ rows }: { rows: readonly AgentResponseRow[] }) {
  const { t, lang } = useI18n();
  const time = (ms: number | null) => (ms === null ? '—' : formatWait(ms));
  const percent = (share: number | null) => (share === null ? '—' : `${share}%`);
  const columns = useMemo<TableColumn<AgentResponseRow>[]>(
    () => [
      { key: 'agent', title: t('teamConsole.col.agent'), value: (row) => row.agent },
      { key: 'site', title: t('response.col.client'), value: (row) => clientName(lang, row.site) },
      { key: 'days', title: t('response.col.days'), value: (row) => row.days },
      { key: 'replies', title: t('response.col.replies'), value: (row) => row.replies },
      { key: 'within', title: t('response.col.within'), value: (row) => row.withinWindow },
      { key: 'share', title: t('response.col.share'), value: (row) => percent(row.withinShare) },
      { key: 'median', title: t('response.col.dailyMedian'), value: (row) => time(row.dailyMedianMs) },
      { key: 'slowest', title: t('response.col.slowest'), value: (row) => time(row.slowestMs) },
    ],
    [t, lang],
  );
  const agents = useMemo(() => [...new Set(rows.map((row) => row.agent))], [rows]);
  const option = useMemo(() => {
    const sites = [...new Set(rows.map((row) => row.site))];
    return groupedBars(
      agents,
      sites.map((site) => ({
        name: clientName(lang, site),
        values: agents.map((agent) => rows.find((row) => row.agent === agent && row.site === site)?.withinShare ?? 0),
      })),
      100,
    );
  }, [rows, agents, lang]);

  if (rows.length === 0) {
    return (
      <Card title={<h3 className="hs-team-panel__title">{t('response.team.title')}</h3>} className="hs-team-panel" data-testid="team-response">
        <p className="hs-options-muted">{t('response.team.none')}</p>
      </Card>
    );
  }
  const summary = t('response.team.summary', {
    count: agents.length,
    agents: rows.map((row) => t('response.team.agentShare', { agent: row.agent, client: clientName(lang, row.site), share: percent(row.withinShare) })).join('、'),
  });
  return (
    <ChartTablePanel
      id="response"
      title={t('response.team.title')}
      summary={summary}
      option={option}
      chartHeight={260}
      columns={columns}
      rows={rows}
      rowKey={(row) => `${row.agent}\n${row.site}`}
    />
  );
}
