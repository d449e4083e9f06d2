import { Button, Descriptions, Empty, Typography } from 'antd';
import { formatProductId, type ProductRow } from '../../../utils/library-view/product-rows';
import type { ProductFacts } from '../../../utils/schemas/product';
import { useI18n } from '../../console/use-console-i18n';

function FactsList({ facts, testId }: { facts: ProductFacts; testId: string }) {
  const { t } = useI18n();
  const entries = Object.entries(facts);
  if (entries.length === 0) return <Typography.Text type="secondary">{t('console.products.noFacts')}</Typography.Text>;
  return (
    <Descriptions size="small" column={1} bordered data-testid={testId}>
      {entries.map(([name, value]) => (
        <Descriptions.Item key={name} label={name}>
          <span data-testid="product-fact" data-fact={name}>
            {value}
          </span>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

/**
 * What an agent (read-only) and a lead see of a product: its keywords and item ids, its facts,
 * its SKU rows with their own facts, and the phrases scoped to it. In a draft, a scoped phrase can
 * be taken off this product (`onUnscope`); its full scope is set in the phrase's own drawer.
 */
export function ProductDetails({
  row,
  showSummary,
  onUnscope,
}: {
  row: ProductRow;
  /** Off where the editor above already shows the fields. */
  showSummary: boolean;
  onUnscope?: ((phraseId: string, products: readonly string[]) => void) | undefined;
}) {
  const { t } = useI18n();
  const { product } = row;
  const none = t('console.products.details.none');
  return (
    <div className="hs-product-details" data-testid="product-details" data-product-uid={row.uid}>
      {showSummary && (
        <>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('console.products.details.pack')}>{row.packName}</Descriptions.Item>
            <Descriptions.Item label={t('console.products.details.keywords')}>{product.keywords.join('、') || none}</Descriptions.Item>
            <Descriptions.Item label={t('console.products.details.ids')}>{product.ids.map(formatProductId).join('、') || none}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={4}>{t('console.products.facts', { count: Object.keys(product.facts).length })}</Typography.Title>
          <FactsList facts={product.facts} testId="product-facts" />
          <Typography.Title level={4}>{t('console.products.skus', { count: product.skus.length })}</Typography.Title>
          {product.skus.length === 0 ? (
            <Typography.Text type="secondary">{t('console.products.noSkus')}</Typography.Text>
          ) : (
            product.skus.map((sku) => (
              <div key={sku.name} className="hs-product-details__sku" data-testid="product-sku" data-sku={sku.name}>
                <Typography.Text strong>{sku.name}</Typography.Text>
                <FactsList facts={sku.facts} testId="product-sku-facts" />
              </div>
            ))
          )}
        </>
      )}
      <Typography.Title level={4}>{t('console.products.scoped', { count: row.scoped.length })}</Typography.Title>
      {row.scoped.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('console.products.noScoped')} />
      ) : (
        <ul className="hs-product-details__phrases" data-testid="product-scoped">
          {row.scoped.map((phrase) => (
            <li key={phrase.id} data-testid="product-scoped-phrase" data-phrase-id={phrase.id}>
              <span>{phrase.text}</span>
              {/* Only a phrase that names other products too: one scoped to this product alone would then answer for any product. */}
              {onUnscope && (phrase.products?.length ?? 0) > 1 && (
                <Button
                  size="small"
                  aria-label={t('console.products.unscopeNamed', { id: phrase.id })}
                  onClick={() => onUnscope(phrase.id, (phrase.products ?? []).filter((name) => name !== product.name))}
                >
                  {t('console.products.unscope')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
