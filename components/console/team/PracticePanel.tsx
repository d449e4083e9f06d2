import { useMemo } from 'react';
import type { TableColumn } from '../../../utils/team-review/table-csv';
import type { TraineeRow } from '../../../utils/team-review/team-picture';
import { useI18n } from '../../console/use-console-i18n';
import { ChartTablePanel } from './ChartTablePanel';
import { COLOURS, groupedBars } from './team-chart-options';

/** Each trainee's practice scores, from the results their report carries. */
export function PracticePanel({ rows }: { rows: readonly TraineeRow[] }) {
  const { t } = useI18n();
  const columns = useMemo<TableColumn<TraineeRow>[]>(
    () => [
      { key: 'trainee', title: t('teamConsole.col.trainee'), value: (row) => row.trainee },
      { key: 'tries', title: t('teamConsole.col.tries'), value: (row) => row.tries },
      { key: 'scenarios', title: t('teamConsole.col.scenarios'), value: (row) => row.scenarios },
      { key: 'average', title: t('teamConsole.series.average'), value: (row) => row.averagePoints },
      { key: 'best', title: t('teamConsole.series.best'), value: (row) => row.bestPoints },
      { key: 'last', title: t('teamConsole.col.lastPoints'), value: (row) => row.lastPoints },
      { key: 'grade', title: t('teamConsole.col.lastGrade'), value: (row) => t(`practice.grade.${row.lastGrade}`) },
      { key: 'riskySent', title: t('teamConsole.col.riskySent'), value: (row) => row.riskySent },
      { key: 'caught', title: t('teamConsole.col.caught'), value: (row) => row.caughtBeforeSending },
    ],
    [t],
  );
  const option = useMemo(
    () =>
      groupedBars(
        rows.map((row) => row.trainee),
        [
          { name: t('teamConsole.series.average'), values: rows.map((row) => row.averagePoints), colour: COLOURS.primary },
          { name: t('teamConsole.series.best'), values: rows.map((row) => row.bestPoints), colour: COLOURS.good },
        ],
        100,
      ),
    [rows, t],
  );
  const summary = t('teamConsole.practice.summary', {
    count: rows.length,
    trainees: rows.map((row) => t('teamConsole.practice.traineeScore', { trainee: row.trainee, average: row.averagePoints, best: row.bestPoints })).join('、'),
  });
  return (
    <ChartTablePanel
      id="practice"
      title={t('teamConsole.practice.title')}
      summary={summary}
      option={option}
      chartHeight={260}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.trainee}
    />
  );
}
