import { useEffect, useState } from 'react';
import { Alert, Button, Card, Modal, Table, Typography, type TableColumnsType } from 'antd';
import { ERROR_LOG_CAPACITY, type ErrorContext, type ErrorLogEntry } from '../../utils/diagnostics/error-entry';
import { filterBySearch } from '../../utils/console-sections/table-search';
import { useI18n } from '../console/use-console-i18n';
import { ConsoleSection } from '../console-section/ConsoleSection';
import { rowAttributes } from '../console-section/row-attributes';
import { consolePagination } from '../console-section/console-pagination';
import type { ErrorLogServices } from './error-log-services';
import { TableSearch } from '../console-section/TableSearch';

const CONTEXT_LABEL: { [C in ErrorContext]: `diagnostics.context.${C}` } = {
  background: 'diagnostics.context.background',
  content: 'diagnostics.context.content',
  popup: 'diagnostics.context.popup',
  demo: 'diagnostics.context.demo',
  options: 'diagnostics.context.options',
};

/** "huashu-zhushou-errors-2026-01-31.json", in local time like the table. */
export function exportFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `huashu-zhushou-errors-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** A row of the table: the entry and its place in the log (two entries may share a time). */
type Row = ErrorLogEntry & { key: string };

/**
 * The team lead's view of the local error log (options page): newest first, searchable,
 * exportable as JSON for whoever supports them, clearable after a confirmation. Shows only what
 * the log keeps: kind, place, time, count.
 */
export function ErrorLogView({ services }: { services: ErrorLogServices }) {
  const { t, lang } = useI18n();
  const [entries, setEntries] = useState<ErrorLogEntry[] | 'loading' | 'failed'>('loading');
  const [query, setQuery] = useState('');
  const [modal, modalHolder] = Modal.useModal();

  useEffect(() => {
    let current = true;
    const stop = services.watch((next) => setEntries(next));
    services.load().then(
      (loaded) => current && setEntries(loaded),
      () => current && setEntries('failed'),
    );
    return () => {
      current = false;
      stop();
    };
  }, [services]);

  async function exportLog() {
    const exported = await services.exportLog();
    services.saveFile(exportFileName(new Date()), `${JSON.stringify(exported, null, 2)}\n`);
  }

  function confirmClear() {
    void modal.confirm({
      title: t('console.sections.errors.clearTitle'),
      content: t('console.sections.errors.clearContent'),
      okText: t('diagnostics.clear'),
      okButtonProps: { danger: true },
      onOk: async () => {
        await services.clear();
        setEntries([]);
      },
    });
  }

  const rows: Row[] = Array.isArray(entries) ? [...entries].reverse().map((entry, index) => ({ ...entry, key: `${entry.time}-${index}` })) : [];
  const shown = filterBySearch(rows, query, (entry) => [t(CONTEXT_LABEL[entry.context]), entry.type, entry.module ?? '']);
  const columns: TableColumnsType<Row> = [
    { key: 'time', title: t('diagnostics.column.time'), render: (_, entry) => new Date(entry.time).toLocaleString(lang) },
    { key: 'context', title: t('diagnostics.column.context'), render: (_, entry) => t(CONTEXT_LABEL[entry.context]) },
    { key: 'type', title: t('diagnostics.column.type'), render: (_, entry) => <code className="hs-console-code">{entry.type}</code> },
    {
      key: 'module',
      title: t('diagnostics.column.module'),
      render: (_, entry) => (entry.module === null ? '—' : <code className="hs-console-code">{entry.module}</code>),
    },
    { key: 'count', title: t('diagnostics.column.count'), dataIndex: 'count', align: 'right' },
  ];

  return (
    <ConsoleSection id="hs-errors" title={t('diagnostics.title')} intro={t('diagnostics.hint')} testId="error-log">
      {modalHolder}
      {entries === 'loading' ? <Alert type="info" role="status" title={t('diagnostics.loading')} /> : null}
      {entries === 'failed' ? <Alert type="error" role="alert" title={t('diagnostics.failed')} /> : null}
      {Array.isArray(entries) ? (
        <Card>
          <div className="hs-console-toolbar">
            <TableSearch label={t('console.sections.errors.search')} value={query} onChange={setQuery} testId="error-log-search" disabled={entries.length === 0} />
            <Typography.Text type="secondary" className="hs-console-toolbar__summary">
              {t('diagnostics.summary', { count: entries.length, capacity: ERROR_LOG_CAPACITY })}
            </Typography.Text>
            <Button data-testid="export-error-log" onClick={() => void exportLog()}>
              {t('diagnostics.export')}
            </Button>
            <Button danger data-testid="clear-error-log" disabled={entries.length === 0} onClick={confirmClear}>
              {t('diagnostics.clear')}
            </Button>
          </div>
          {entries.length === 0 ? (
            <Typography.Paragraph type="secondary" data-testid="error-log-empty">
              {t('diagnostics.empty')}
            </Typography.Paragraph>
          ) : (
            <Table<Row>
              data-testid="error-log-table"
              size="middle"
              columns={columns}
              dataSource={shown}
              locale={{ emptyText: t('console.sections.noMatch', { query: query.trim() }) }}
              pagination={consolePagination(t)}
              onRow={() => rowAttributes({ 'data-testid': 'error-log-entry' })}
            />
          )}
        </Card>
      ) : null}
    </ConsoleSection>
  );
}
