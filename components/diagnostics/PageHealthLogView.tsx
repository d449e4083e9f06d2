import { useEffect, useState } from 'react';
import { Button, Card, Table, Typography, type TableColumnsType } from 'antd';
import { PAGE_HEALTH_LOG_CAPACITY, type PageHealthRecord } from '../../utils/schemas/page-health';
import { useI18n } from '../console/use-console-i18n';
import { ConsoleSection } from '../console-section/ConsoleSection';
import { rowAttributes } from '../console-section/row-attributes';
import type { PageHealthLogServices } from './page-health-log-services';
import { clientName } from '../../utils/i18n/client-name';
import { PAGE_PART_LABEL } from '../../utils/i18n/page-part-label';

type Row = PageHealthRecord & { key: string };

/**
 * The console's diagnostics: each time a client's page stopped matching its adapter (client,
 * parts not found, extension version, when, how often), newest first. Never any chat content.
 */
export function PageHealthLogView({ services }: { services: PageHealthLogServices }) {
  const { t, lang } = useI18n();
  const [records, setRecords] = useState<PageHealthRecord[]>([]);

  useEffect(() => {
    let current = true;
    const stop = services.watch(setRecords);
    services.load().then(
      (loaded) => current && setRecords(loaded),
      () => undefined,
    );
    return () => {
      current = false;
      stop();
    };
  }, [services]);

  const nameOf = (client: string) => clientName(lang, client);
  const rows: Row[] = [...records].reverse().map((record, index) => ({ ...record, key: `${record.client}-${record.time}-${index}` }));
  const columns: TableColumnsType<Row> = [
    { key: 'time', title: t('pageHealth.log.column.time'), render: (_, record) => new Date(record.time).toLocaleString(lang) },
    { key: 'client', title: t('pageHealth.log.column.client'), render: (_, record) => nameOf(record.client) },
    {
      key: 'failed',
      title: t('pageHealth.log.column.failed'),
      render: (_, record) =>
        `${record.failed.map((part) => t(PAGE_PART_LABEL[part])).join(t('pageHealth.partSeparator'))}${record.genericFallback ? ` ${t('pageHealth.log.genericFallback')}` : ''}`,
    },
    { key: 'version', title: t('pageHealth.log.column.version'), render: (_, record) => <code className="hs-console-code">{record.version}</code> },
    { key: 'count', title: t('pageHealth.log.column.count'), dataIndex: 'count', align: 'right' },
  ];

  return (
    <ConsoleSection id="hs-page-health" title={t('pageHealth.log.title')} intro={t('pageHealth.log.hint')} testId="page-health-log">
      <Card>
        <div className="hs-console-toolbar">
          <Typography.Text type="secondary" className="hs-console-toolbar__summary">
            {t('diagnostics.summary', { count: records.length, capacity: PAGE_HEALTH_LOG_CAPACITY })}
          </Typography.Text>
          <Button danger data-testid="clear-page-health-log" disabled={records.length === 0} onClick={() => void services.clear().then(() => setRecords([]))}>
            {t('pageHealth.log.clear')}
          </Button>
        </div>
        {records.length === 0 ? (
          <Typography.Paragraph type="secondary" data-testid="page-health-log-empty">
            {t('pageHealth.log.empty')}
          </Typography.Paragraph>
        ) : (
          <Table<Row>
            data-testid="page-health-log-table"
            size="middle"
            columns={columns}
            dataSource={rows}
            pagination={false}
            onRow={() => rowAttributes({ 'data-testid': 'page-health-record' })}
          />
        )}
      </Card>
    </ConsoleSection>
  );
}
