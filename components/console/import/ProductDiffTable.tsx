import type { HTMLAttributes } from 'react';
import { Space, Table, Tag, type TableColumnsType } from 'antd';
import { useI18n } from '../../console/use-console-i18n';
import type { ImportPreview } from '../../../utils/packs/import-preview';
import type { ProductChange } from '../../../utils/packs/pack-diff';
import { productDiffRows, type ProductDiffRow } from '../../../utils/packs/preview-rows';

const PAGINATION = { pageSize: 10, showSizeChanger: false, hideOnSinglePage: true } as const;
const STATUS_COLOR = { added: 'blue', changed: 'orange', removed: 'red' } as const;

/** Products the import adds, changes (which keywords, ids, facts, SKUs) and removes. */
export function ProductDiffTable({ products }: { products: ImportPreview['products'] }) {
  const { t } = useI18n();
  const rows = productDiffRows(products);
  const shown = (value: string) => (value === '' ? t('console.import.empty') : value);
  const change = (item: ProductChange, index: number) => (
    <span key={index} className="hs-import-changed" data-changed-field={item.field}>
      {t(`console.import.productField.${item.field}`)}
      {item.name === undefined ? '' : `「${item.name}」`}：<del>{shown(item.before)}</del> <ins>{shown(item.after)}</ins>
    </span>
  );
  const columns: TableColumnsType<ProductDiffRow> = [
    { title: t('console.import.column.product'), dataIndex: 'name', width: 220 },
    { title: t('console.import.column.status'), dataIndex: 'status', width: 90, render: (status: ProductDiffRow['status']) => <Tag color={STATUS_COLOR[status]}>{t(`console.import.productStatus.${status}`)}</Tag> },
    { title: t('console.import.column.factCount'), dataIndex: 'factCount', width: 80 },
    { title: t('console.import.column.skuCount'), dataIndex: 'skuCount', width: 80 },
    {
      title: t('console.import.column.productChanges'),
      key: 'changes',
      render: (_value, row) => (row.changes.length === 0 ? '—' : <Space orientation="vertical" size={2}>{row.changes.map(change)}</Space>),
    },
  ];
  return (
    <div data-testid="preview-products-list" data-count={rows.length}>
      <Table
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={PAGINATION}
        onRow={(row) => ({ 'data-testid': 'product-row', 'data-product': row.name, 'data-status': row.status }) as HTMLAttributes<HTMLElement>}
      />
    </div>
  );
}
