import { Button, Card, Table, type TableColumnsType } from 'antd';
import { lazy, Suspense, useId, useMemo } from 'react';
import { tableToCsv, type TableColumn } from '../../../utils/team-review/table-csv';
import { useI18n } from '../../console/use-console-i18n';
import { downloadFile } from '../../options/download-file';
import type { TeamChartOption } from './echarts-setup';

/**
 * echarts (about 0.5 MB) loads with the first chart, not with the console: a lead who never opens
 * team review with reports never loads it.
 */
const TeamChart = lazy(() => import('./TeamChart').then((module) => ({ default: module.TeamChart })));

export interface ChartTablePanelProps<Row> {
  /** Names the panel's test ids and its CSV file. */
  id: string;
  title: string;
  /** What the chart shows, in words: shown above it and its accessible name. */
  summary: string;
  option: TeamChartOption;
  chartHeight: number;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}

/** A chart with its table below it (the table is the accessible form) and the table as CSV. */
export function ChartTablePanel<Row extends object>({ id, title, summary, option, chartHeight, columns, rows, rowKey }: ChartTablePanelProps<Row>) {
  const { t } = useI18n();
  const summaryId = useId();
  const tableColumns = useMemo<TableColumnsType<Row>>(
    () =>
      columns.map((column) => ({
        key: column.key,
        title: column.title,
        render: (_: unknown, row: Row) => column.value(row),
        sorter: (a: Row, b: Row) => {
          const left = column.value(a);
          const right = column.value(b);
          return typeof left === 'number' && typeof right === 'number' ? left - right : String(left).localeCompare(String(right), 'zh-CN');
        },
      })),
    [columns],
  );

  function exportCsv() {
    downloadFile({ fileName: `team-${id}.csv`, mimeType: 'text/csv', text: tableToCsv(columns, rows) });
  }

  return (
    <Card
      title={<h3 className="hs-team-panel__title">{title}</h3>}
      extra={
        <Button onClick={exportCsv} disabled={rows.length === 0} data-testid={`team-${id}-csv`} aria-label={t('teamConsole.exportCsvOf', { title })}>
          {t('teamConsole.exportCsv')}
        </Button>
      }
      className="hs-team-panel"
      data-testid={`team-${id}`}
    >
      <p id={summaryId} className="hs-options-muted" data-testid={`team-${id}-summary`}>
        {summary}
      </p>
      {rows.length > 0 && (
        <Suspense fallback={<div style={{ height: chartHeight }} />}>
          <TeamChart option={option} labelledBy={summaryId} height={chartHeight} testId={`team-${id}-chart`} />
        </Suspense>
      )}
      <Table<Row>
        size="small"
        columns={tableColumns}
        dataSource={[...rows]}
        rowKey={rowKey}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        data-testid={`team-${id}-table`}
      />
    </Card>
  );
}
