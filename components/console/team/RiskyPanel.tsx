import { useMemo } from 'react';
import type { TableColumn } from '../../../utils/team-review/table-csv';
import type { RiskyPicture, RiskyRuleRow } from '../../../utils/team-review/team-picture';
import { useI18n } from '../../i18n/i18n-provider';
import { ChartTablePanel } from './ChartTablePanel';
import { stackedBars } from './team-chart-options';

const CHARTED = 12;

/** Drafts a rule flagged that agents sent anyway (仍然发送): which rules, and who. */
export function RiskyPanel({ risky }: { risky: RiskyPicture }) {
  const { t } = useI18n();
  const columns = useMemo<TableColumn<RiskyRuleRow>[]>(
    () => [
      { key: 'rule', title: t('teamConsole.col.rule'), value: (row) => row.ruleId ?? row.ruleUid },
      { key: 'kind', title: t('teamConsole.col.ruleCategory'), value: (row) => row.category ?? '' },
      ...risky.agents.map((agent, index) => ({ key: `agent-${index}`, title: agent, value: (row: RiskyRuleRow) => row.byAgent[index] ?? 0 })),
      { key: 'total', title: t('teamConsole.col.total'), value: (row) => row.total },
    ],
    [t, risky],
  );
  const charted = risky.rules.slice(0, CHARTED);
  const option = useMemo(
    () =>
      stackedBars(
        charted.map((row) => row.ruleId ?? row.ruleUid),
        risky.agents.map((agent, index) => ({ name: agent, values: charted.map((row) => row.byAgent[index] ?? 0) })),
        true,
      ),
    [charted, risky],
  );
  const summary = t('teamConsole.risky.summary', {
    total: risky.agentTotals.reduce((sum, count) => sum + count, 0),
    rules: risky.rules.length,
    agents: risky.agents.map((agent, index) => t('teamConsole.risky.agentCount', { agent, count: risky.agentTotals[index] ?? 0 })).join('、'),
  });
  return (
    <ChartTablePanel
      id="risky"
      title={t('teamConsole.risky.title')}
      summary={summary}
      option={option}
      chartHeight={72 + charted.length * 30}
      columns={columns}
      rows={risky.rules}
      rowKey={(row) => row.ruleUid}
    />
  );
}
