import type { HTMLAttributes } from 'react';
import { Button, Popconfirm, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useI18n } from '../../console/use-console-i18n';
import type { InstalledPack } from '../../../utils/schemas/installed-pack';
import type { PackExportFormat } from './export-pack';

const EXPORTS: readonly { format: PackExportFormat; label: 'options.packs.exportJson' | 'options.packs.exportCsv' | 'console.packs.exportXlsx' }[] = [
  { format: 'xlsx', label: 'console.packs.exportXlsx' },
  { format: 'csv', label: 'options.packs.exportCsv' },
  { format: 'json', label: 'options.packs.exportJson' },
];

/** The installed packs, one row each, with their exports and removal (asked once more before it happens). */
export function PacksTable({
  packs,
  phraseCounts,
  productCounts,
  onExport,
  onRemove,
}: {
  packs: readonly InstalledPack[];
  phraseCounts: Readonly<Record<string, number>>;
  /** Products per pack (format 3); a pack without any shows —. */
  productCounts: Readonly<Record<string, number>>;
  onExport: (pack: InstalledPack, format: PackExportFormat) => void;
  onRemove: (pack: InstalledPack) => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const time = (epochMs: number) => new Date(epochMs).toLocaleString(lang);
  const columns: TableColumnsType<InstalledPack> = [
    {
      title: t('options.packs.column.name'),
      dataIndex: 'name',
      render: (name: string, pack) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{name}</Typography.Text>
          <Typography.Text type="secondary" code>
            {pack.id}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('options.packs.column.version'), dataIndex: 'version', width: 110 },
    {
      title: t('console.packs.column.phrases'),
      key: 'phrases',
      width: 190,
      render: (_value, pack) => (
        <Space orientation="vertical" size={0}>
          <span data-testid="pack-phrase-count">{phraseCounts[pack.id] === undefined ? '—' : t('console.packs.phrases', { count: phraseCounts[pack.id] ?? 0 })}</span>
          <Typography.Text type="secondary">{t('console.packs.locked', { phrases: pack.locked.phrases.length, rules: pack.locked.rules.length })}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('console.packs.column.products'),
      key: 'products',
      width: 90,
      render: (_value, pack) => (
        <span data-testid="pack-product-count" data-count={productCounts[pack.id] ?? 0}>
          {productCounts[pack.id] ? t('console.packs.products', { count: productCounts[pack.id] ?? 0 }) : '—'}
        </span>
      ),
    },
    { title: t('options.packs.column.source'), dataIndex: 'source', ellipsis: true, render: (source: string | undefined) => source ?? '—' },
    {
      title: t('console.packs.column.installed'),
      key: 'installed',
      width: 190,
      render: (_value, pack) => (
        <Space orientation="vertical" size={0}>
          <span>{time(pack.installedAt)}</span>
          {pack.updatedAt !== undefined && <Typography.Text type="secondary">{t('console.packs.updated', { time: time(pack.updatedAt) })}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('options.packs.column.actions'),
      key: 'actions',
      width: 260,
      render: (_value, pack) => (
        <Space wrap size={[4, 0]}>
          {EXPORTS.map(({ format, label }) => (
            <Button key={format} type="link" size="small" data-testid={`export-pack-${format}`} onClick={() => onExport(pack, format)}>
              {t(label)}
            </Button>
          ))}
          <Popconfirm
            title={t('console.packs.removeTitle')}
            description={t('options.packs.confirmRemove', { name: pack.name })}
            okText={t('options.packs.remove')}
            okButtonProps={{ danger: true }}
            onConfirm={() => onRemove(pack)}
          >
            <Button type="link" size="small" danger data-testid="remove-pack">
              {t('options.packs.remove')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <Table
      data-testid="installed-packs"
      aria-label={t('console.packs.tableLabel')}
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...packs]}
      pagination={{ hideOnSinglePage: true, pageSize: 20 }}
      locale={{ emptyText: <span data-testid="packs-empty">{t('options.packs.empty')}</span> }}
      onRow={(pack) => ({ 'data-testid': 'installed-pack', 'data-pack-id': pack.id, 'data-version': pack.version }) as HTMLAttributes<HTMLElement>}
    />
  );
}
