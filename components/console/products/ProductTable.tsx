import { Button, Table, Tag, type TableColumnsType } from 'antd';
import { formatProductId, type ProductRow } from '../../../utils/library-view/product-rows';
import { consolePagination } from '../../console-section/console-pagination';
import { rowAttributes } from '../../console-section/row-attributes';
import { useI18n } from '../../console/use-console-i18n';

/** At most this many keywords and item ids in a cell; the drawer and the search have the rest. */
const SHOWN = 4;
const some = (values: readonly string[]) => values.slice(0, SHOWN).join('、') + (values.length > SHOWN ? ' …' : '');

/** The products table: one row per product, the counts a lead scans for, 查看 / 编辑 opening its drawer. */
export function ProductTable({
  rows,
  total,
  query,
  editable,
  changed,
  onOpen,
}: {
  rows: readonly ProductRow[];
  /** Rows before the search, to tell "none yet" from "none match". */
  total: number;
  query: string;
  editable: boolean;
  /** Products the draft changed (by name). */
  changed: ReadonlySet<string>;
  onOpen: (uid: string) => void;
}) {
  const { t } = useI18n();
  const columns: TableColumnsType<ProductRow> = [
    {
      key: 'name',
      title: t('console.products.column.name'),
      render: (_, row) => (
        <>
          {row.product.name}
          {changed.has(row.product.name) ? (
            <Tag color="orange" className="hs-product-table__changed" data-testid="product-changed">
              {t('console.products.changed')}
            </Tag>
          ) : null}
        </>
      ),
    },
    { key: 'pack', title: t('console.products.column.pack'), width: 140, render: (_, row) => row.packName },
    { key: 'keywords', title: t('console.products.column.keywords'), render: (_, row) => some(row.product.keywords) },
    { key: 'ids', title: t('console.products.column.ids'), render: (_, row) => some(row.product.ids.map(formatProductId)) },
    { key: 'facts', title: t('console.products.column.facts'), width: 70, render: (_, row) => Object.keys(row.product.facts).length },
    { key: 'skus', title: t('console.products.column.skus'), width: 70, render: (_, row) => row.product.skus.length },
    { key: 'phrases', title: t('console.products.column.phrases'), width: 90, render: (_, row) => row.scoped.length },
    {
      key: 'actions',
      title: t('console.products.column.actions'),
      width: 90,
      render: (_, row) => (
        <Button
          size="small"
          data-testid="product-open"
          aria-label={t(editable ? 'console.products.editNamed' : 'console.products.openNamed', { name: row.product.name })}
          onClick={() => onOpen(row.uid)}
        >
          {t(editable ? 'console.products.edit' : 'console.products.open')}
        </Button>
      ),
    },
  ];
  return (
    <Table<ProductRow>
      data-testid="products-table"
      data-count={rows.length}
      rowKey="uid"
      size="middle"
      columns={columns}
      dataSource={[...rows]}
      locale={{ emptyText: total > 0 ? t('console.products.noMatch', { query: query.trim() }) : t('console.products.empty') }}
      pagination={consolePagination(t)}
      onRow={(row) => rowAttributes({ 'data-testid': 'product-row', 'data-product-uid': row.uid })}
    />
  );
}
