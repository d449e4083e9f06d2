import { useI18n } from '../i18n/i18n-provider';
import type { DemoProductCard } from '../../utils/demo/scenario-schema';

/**
 * A product card in the demo thread, built as the seller clients show one: a row in the message
 * list holding `.demo-product-card` with its title in `data-product-title` and
 * `.demo-product-card__title`, the item id in `data-item-id` (and the SKU in `data-sku`), the SKU in
 * `.demo-product-card__sku`.
 * It has no `.msg__text`: a card is not something the buyer typed. The demo adapter reads this
 * markup (utils/sites/demo-adapter.ts); it is a contract, like the rest of the chat pane.
 */
export function ProductCard({ title, card }: { title: string; card: DemoProductCard }) {
  const { t } = useI18n();
  return (
    <span className="demo-product-card" data-product-title={title} data-item-id={card.itemId} data-sku={card.sku} role="group" aria-label={t('demo.productCard')}>
      <span className="demo-product-card__label" aria-hidden="true">
        {t('demo.productCard')}
      </span>
      <span className="demo-product-card__title">{title}</span>
      {card.sku ? <span className="demo-product-card__sku">{t('demo.productCardSku', { sku: card.sku })}</span> : null}
      {card.itemId ? <span className="demo-product-card__id">{t('demo.productCardId', { id: card.itemId })}</span> : null}
    </span>
  );
}
