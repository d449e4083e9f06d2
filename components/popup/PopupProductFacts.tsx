import { useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { SuggestedProduct } from '../../utils/schemas/product';
import { FactsCard } from '../facts-card/FactsCard';

/**
 * The popup's facts card for the chat's recognised product, as the in-page bar shows it: open
 * when the product has no answer to the buyer's question (`showFacts`), else on the agent's
 * click. Mount it with a key of the product and the buyer message, so the agent's choice lasts
 * while both stay the same.
 */
export function PopupProductFacts({ product, onInsertFact }: { product: SuggestedProduct; onInsertFact: (value: string) => void }) {
  const { lang } = useI18n();
  const [open, setOpen] = useState(product.showFacts);
  return (
    <div className="hs-popup__product" data-testid="popup-product">
      <FactsCard
        product={product}
        lang={lang}
        open={open}
        onToggle={() => setOpen((current) => !current)}
        onInsertFact={(index) => {
          const fact = product.facts[index];
          if (fact) onInsertFact(fact.value);
        }}
      />
    </div>
  );
}
