import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { t } from '../../utils/i18n/page-translate';
import type { SuggestedProduct } from '../../utils/schemas/chat-product';
import type { UiLanguage } from '../../utils/schemas/settings';
import { hasCommandModifier, isImeComposing, keepFocusWhereItIs } from '../keyboard/ime';
import { factIndexAfterKey } from './fact-keys';
import './facts-card.css';

export interface FactsCardProps {
  /** The chat's product as the suggestion result carries it (its SKU's facts applied). */
  product: SuggestedProduct;
  /**
   * Passed in rather than read from I18nProvider: on a chat page the bar has no provider (it
   * would write the seller page's `<html lang>`); the popup passes its own.
   */
  lang: UiLanguage;
  open: boolean;
  onToggle: () => void;
  /** Puts fact `index` into the reply box at the caret (plain text, no phrase use counted). */
  onInsertFact: (index: number) => void;
  /** Changes when the agent asks for the facts by keyboard (the bar's Alt+P): the first fact takes the focus. */
  focusRequest?: number;
  /** The bar's Alt+P, announced on the toggle; the popup has none. */
  keyShortcut?: string;
}

/**
 * The recognised product, compact (name and SKU), and its facts card: the facts as name: value
 * rows, each a button that puts the value into the reply box at the caret, so the agent answers
 * a product question the library has no phrase for in seconds. Shared by the in-page bar and
 * the popup. Every button keeps the caret in the chat input on mousedown; by keyboard, ↑↓ move
 * between facts and Enter or Space inserts one. All of it is text: values never become markup.
 */
export function FactsCard({ product, lang, open, onToggle, onInsertFact, focusRequest = 0, keyShortcut }: FactsCardProps) {
  const cardId = useId();
  const factButtons = useRef<Array<HTMLButtonElement | null>>([]);
  // A request made before this card was drawn (the bar collapsed and expanded since) is not the agent's now.
  const handledFocusRequest = useRef(focusRequest);
  const hasFacts = product.facts.length > 0;
  const shown = open && hasFacts;

  useEffect(() => {
    if (focusRequest === handledFocusRequest.current) return;
    handledFocusRequest.current = focusRequest;
    factButtons.current[0]?.focus();
  }, [focusRequest]);

  const productText = product.sku ? `${product.name} · ${product.sku}` : product.name;

  function onFactKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    if (isImeComposing(event) || hasCommandModifier(event) || event.shiftKey) return;
    const next = factIndexAfterKey(event.key, index, product.facts.length);
    if (next === null) return;
    event.preventDefault();
    factButtons.current[next]?.focus();
  }

  return (
    <div className="hs-facts">
      <div className="hs-facts__product">
        <span className="hs-facts__chip" data-testid="product-chip" title={t(lang, 'facts.productTitle', { product: productText })}>
          <span className="hs-facts__chip-label">{t(lang, 'facts.productLabel')}</span>
          <span className="hs-facts__chip-name">{product.name}</span>
          {product.sku ? <span className="hs-facts__chip-sku">{product.sku}</span> : null}
        </span>
        {hasFacts ? (
          <button
            type="button"
            className="hs-facts__toggle"
            data-testid="facts-card-toggle"
            aria-expanded={shown}
            aria-controls={shown ? cardId : undefined}
            aria-keyshortcuts={keyShortcut}
            title={keyShortcut ? t(lang, 'facts.toggleTitleWithKey', { key: keyShortcut }) : t(lang, 'facts.toggleTitle')}
            onMouseDown={keepFocusWhereItIs}
            onClick={onToggle}
          >
            {shown ? t(lang, 'facts.close') : t(lang, 'facts.open')}
          </button>
        ) : null}
      </div>
      {shown ? (
        <section className="hs-facts__card" id={cardId} data-testid="facts-card" aria-label={t(lang, 'facts.cardLabel', { product: productText })}>
          <ul className="hs-facts__list">
            {product.facts.map((fact, index) => (
              <li key={fact.name}>
                <button
                  type="button"
                  className="hs-facts__fact"
                  data-testid="facts-card-fact"
                  data-fact={fact.name}
                  aria-label={t(lang, 'facts.insert', { name: fact.name, value: fact.value })}
                  title={fact.value}
                  ref={(button) => {
                    factButtons.current[index] = button;
                  }}
                  onMouseDown={keepFocusWhereItIs}
                  onClick={() => onInsertFact(index)}
                  onKeyDown={(event) => onFactKeyDown(event, index)}
                >
                  <span className="hs-facts__name">{fact.name}</span>
                  <span className="hs-facts__value">{fact.value}</span>
                </button>
              </li>
            ))}
          </ul>
          <p className="hs-facts__hint">{t(lang, 'facts.hint')}</p>
        </section>
      ) : null}
    </div>
  );
}
