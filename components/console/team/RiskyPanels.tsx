import { useMemo } from 'react';
import type { TableColumn } from '../../../utils/team-review/table-csv';
import type { RiskyAgentRow, RiskyPicture, RiskyRuleRow } from '../../../utils/team-review/team-picture';
import { useI18n } from '../../console/use-console-i18n';
import { ChartTablePanel } from './ChartTablePanel';
import { COLOURS, stackedBars } from './team-chart-options';

const CHARTED = 12;

/** Risky drafts the send guard stopped, by rule and by agent: how many were fixed, how many sent anyway (仍然发送). */
export function RiskyPanels({ risky }: { risky: RiskyPicture }) {
  const { t } = useI18n();
  const ruleColumns = useMemo<TableColumn<RiskyRuleRow>[]>(
    () => [
      { key: 'rule', title: t('teamConsole.col.rule'), value: (row) => row.ruleId ?? row.ruleUid },
      { key: 'kind', title: t('teamConsole.col.ruleCategory'), value: (row) => row.category ?? '' },
      { key: 'held', title: t('teamConsole.col.held'), value: (row) => row.held },
      { key: 'fixed', title: t('teamConsole.series.fixed'), value: (row) => row.held - row.sentAnyway },
      { key: 'sentAnyway', title: t('teamConsole.series.sentAnyway'), value: (row) => row.sentAnyway },
      ...risky.agents.map((agent, index) => ({
        key: `agent-${index}`,
        title: t('teamConsole.col.agentSentAnyway', { agent }),
        value: (row: RiskyRuleRow) => row.sentAnywayByAgent[index] ?? 0,
      })),
    ],
    [t, risky],
  );
  const agentColumns = useMemo<TableColumn<RiskyAgentRow>[]>(
    () => [
      { key: 'agent', title: t('teamConsole.col.agent'), value: (row) => row.agent },
      { key: 'held', title: t('teamConsole.col.held'), value: (row) => row.held },
      { key: 'fixed', title: t('teamConsole.series.fixed'), value: (row) => row.held - row.sentAnyway },
      { key: 'sentAnyway', title: t('teamConsole.series.sentAnyway'), value: (row) => row.sentAnyway },
    ],
    [t],
  );
  const charted = risky.rules.slice(0, CHARTED);
  const ruleOption = useMemo(
    () =>
      stackedBars(
        charted.map((row) => row.ruleId ?? row.ruleUid),
        [
          { name: t('teamConsole.series.fixed'), values: charted.map((row) => row.held - row.sentAnyway), colour: COLOURS.good },
          { name: t('teamConsole.series.sentAnyway'), values: charted.map((row) => row.sentAnyway), colour: COLOURS.bad },
        ],
        true,
      ),
    [charted, t],
  );
  const agentOption = useMemo(
    () =>
      stackedBars(
        risky.byAgent.map((row) => row.agent),
        [
          { name: t('teamConsole.series.fixed'), values: risky.byAgent.map((row) => row.held - row.sentAnyway), colour: COLOURS.good },
          { name: t('teamConsole.series.sentAnyway'), values: risky.byAgent.map((row) => row.sentAnyway), colour: COLOURS.bad },
        ],
        true,
      ),
    [risky, t],
  );
  const held = risky.rules.reduce((sum, row) => sum + row.held, 0);
  const sentAnyway = risky.rules.reduce((sum, row) => sum + row.sentAnyway, 0);
  const agentsWithDrafts = risky.byAgent.filter((row) => row.held > 0);
  return (
    <>
      <ChartTablePanel
        id="risky-rules"
        title={t('teamConsole.risky.rulesTitle')}
        summary={t('teamConsole.risky.rulesSummary', { held, rules: risky.rules.length, fixed: held - sentAnyway, sentAnyway })}
        option={ruleOption}
        chartHeight={72 + charted.length * 30}
        columns={ruleColumns}
        rows={risky.rules}
        rowKey={(row) => row.ruleUid}
      />
      <ChartTablePanel
        id="risky-agents"
        title={t('teamConsole.risky.agentsTitle')}
        summary={t('teamConsole.risky.agentsSummary', {
          agents: risky.byAgent.map((row) => t('teamConsole.risky.agentCount', { agent: row.agent, held: row.held, sentAnyway: row.sentAnyway })).join('、'),
        })}
        option={agentOption}
        chartHeight={72 + risky.byAgent.length * 30}
        columns={agentColumns}
        rows={agentsWithDrafts.length > 0 ? risky.byAgent : []}
        rowKey={(row) => row.agent}
      />
    </>
  );
}
