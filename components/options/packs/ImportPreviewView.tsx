import { Alert, Badge, Descriptions, Space, Statistic, Tabs, Tag } from 'antd';
import { useI18n } from '../../console/use-console-i18n';
import { categoryLabel } from '../../../utils/i18n/category-label';
import type { ImportPreview } from '../../../utils/packs/import-preview';
import type { Category } from '../../../utils/schemas/category';
import { ProductDiffTable } from '../../console/import/ProductDiffTable';
import { ChangedTable, EditsTable, InvalidRowsTable, PhraseTable, RiskyTable } from '../../console/import/PreviewTables';

const UPGRADE_COLOR = { new: 'blue', newer: 'green', same: 'default', older: 'red' } as const;

/** What confirming would do, before anything is written: the counts, then each kind of row as a table. */
export function ImportPreviewView({ preview, fileName, categories }: { preview: ImportPreview; fileName: string; categories: readonly Category[] }) {
  const { t, lang } = useI18n();
  const { pack } = preview;
  const known = [...categories, ...preview.categories.added];
  const categoryName = (id: string) => categoryLabel(id, known, lang);

  const { products } = preview;
  // Packs without products (formats 1 and 2, or a format-3 pack that has none) show no products line or tab.
  const hasProducts = pack.productCount > 0 || products.removed.length > 0;
  const stats = [
    { id: 'added', title: t('console.import.stat.added'), count: preview.added.length },
    { id: 'changed', title: t('console.import.stat.changed'), count: preview.changed.length },
    { id: 'unchanged', title: t('console.import.stat.unchanged'), count: preview.unchanged },
    { id: 'removed', title: t('console.import.stat.removed'), count: preview.removed.length },
    { id: 'invalid', title: t('console.import.stat.invalid'), count: preview.invalid.length },
    { id: 'risky', title: t('console.import.stat.risky'), count: preview.risky.length },
  ];
  const label = (title: string, count: number, status?: 'error' | 'warning') => (
    <span>
      {title} <Badge count={count} showZero overflowCount={99_999} color={count > 0 && status === 'error' ? '#c02b2b' : count > 0 && status === 'warning' ? '#a15c00' : '#8f959e'} />
    </span>
  );
  const tabs = [
    { key: 'invalid', label: label(t('options.import.invalidTitle'), preview.invalid.length, 'error'), children: <InvalidRowsTable problems={preview.invalid} fileName={fileName} testId="preview-invalid-rows" /> },
    { key: 'added', label: label(t('options.import.addedTitle'), preview.added.length), children: <PhraseTable phrases={preview.added} testId="preview-added-list" categoryName={categoryName} /> },
    { key: 'changed', label: label(t('options.import.changedTitle'), preview.changed.length), children: <ChangedTable changed={preview.changed} categoryName={categoryName} /> },
    { key: 'removed', label: label(t('options.import.removedTitle'), preview.removed.length, 'warning'), children: <PhraseTable phrases={preview.removed} testId="preview-removed-list" categoryName={categoryName} /> },
    ...(hasProducts
      ? [{ key: 'products', label: label(t('console.import.productsTitle'), products.added.length + products.changed.length + products.removed.length), children: <ProductDiffTable products={products} /> }]
      : []),
    { key: 'risky', label: label(t('options.import.riskyTitle'), preview.risky.length, 'warning'), children: <RiskyTable risky={preview.risky} /> },
    { key: 'kept', label: label(t('options.import.keptTitle'), preview.overrides.kept.length), children: <EditsTable edits={preview.overrides.kept} testId="preview-kept-edits" /> },
    { key: 'dropped', label: label(t('options.import.droppedTitle'), preview.overrides.dropped.length, 'warning'), children: <EditsTable edits={preview.overrides.dropped} testId="preview-dropped-edits" /> },
  ];
  // Open where the lead has to look first: what is wrong, else what changes.
  const first = (['invalid', 'changed', 'added', 'removed'] as const).find((key) => stats.find((stat) => stat.id === key)?.count) ?? 'added';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="import-preview-result" data-upgrade={preview.upgrade}>
      <Descriptions
        size="small"
        column={3}
        items={[
          { key: 'name', label: t('options.packs.column.name'), children: <strong>{pack.name}</strong> },
          { key: 'id', label: t('options.import.field.id'), children: <code>{pack.id}</code> },
          {
            key: 'version',
            label: t('options.packs.column.version'),
            children: (
              <Space size={4} wrap>
                {pack.version}
                <Tag color={UPGRADE_COLOR[preview.upgrade]}>{t(`console.import.upgrade.${preview.upgrade}`)}</Tag>
                {preview.installed && t('options.import.installed', { version: preview.installed.version })}
              </Space>
            ),
          },
        ]}
      />
      <div className="hs-import-stats">
        {stats.map((stat) => (
          <div key={stat.id} data-testid={`preview-${stat.id}`} data-count={stat.count}>
            <Statistic title={stat.title} value={stat.count} />
          </div>
        ))}
      </div>
      {hasProducts && (
        <Alert
          type="info"
          role="status"
          data-testid="preview-products"
          data-count={pack.productCount}
          data-added={products.added.length}
          data-changed={products.changed.length}
          data-removed={products.removed.length}
          title={t('console.import.productsSummary', {
            count: pack.productCount,
            skus: pack.skuCount,
            scoped: pack.scopedPhraseCount,
            added: products.added.length,
            changed: products.changed.length,
            unchanged: products.unchanged,
            removed: products.removed.length,
          })}
        />
      )}
      {pack.overrideClients !== undefined && pack.overrideClients.length > 0 && (
        <Alert
          type="info"
          role="status"
          data-testid="preview-overrides"
          title={t('console.import.overrides', { clients: pack.overrideClients.join(', ') })}
        />
      )}
      {preview.refusal && <Alert type="error" showIcon title={preview.refusal.message} />}
      {preview.invalid.length > 0 && <Alert type="warning" showIcon role="status" title={t('console.import.invalidAlert', { count: preview.invalid.length })} />}
      {preview.possibleUpgradeOf.length > 0 && <Alert type="info" showIcon role="status" title={t('options.import.possibleUpgrade', { ids: preview.possibleUpgradeOf.join(', ') })} />}
      {preview.notices.map((notice) => (
        <Alert key={notice} type="info" role="status" title={notice} />
      ))}
      <Tabs defaultActiveKey={first} items={tabs.map((tab) => ({ ...tab, forceRender: true }))} />
    </Space>
  );
}
