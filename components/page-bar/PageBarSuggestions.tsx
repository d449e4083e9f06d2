import type { BarView } from '../../utils/page/bar/bar-model';
import type { UiLanguage } from '../../utils/schemas/settings';
import { t } from '../../utils/i18n/page-translate';
import { keepFocusWhereItIs } from '../keyboard/ime';

/** The numbered phrases, or one line saying why there are none. */
export function PageBarSuggestions({
  view,
  lang,
  categoryLabel,
  onInsert,
}: {
  view: BarView;
  lang: UiLanguage;
  categoryLabel: (categoryId: string) => string;
  onInsert: (index: number) => void;
}) {
  if (view.phase === 'loading') return <p className="hs-bar__note">{t(lang, 'pageBar.loading')}</p>;
  if (view.phase === 'failed') return <p className="hs-bar__note">{t(lang, 'pageBar.failed')}</p>;
  if (view.suggestions.length === 0) {
    return (
      <p className="hs-bar__note" data-testid="page-bar-empty">
        {view.buyerTurn ? t(lang, 'pageBar.noSuggestions') : t(lang, 'pageBar.waiting')}
      </p>
    );
  }
  return (
    <ol className="hs-bar__items" aria-label={t(lang, 'pageBar.label')}>
      {view.suggestions.map((suggestion, index) => {
        const number = index + 1;
        return (
          <li key={suggestion.phraseUid}>
            <button
              type="button"
              className="hs-bar__item"
              data-testid="page-bar-suggestion"
              data-category={suggestion.category}
              data-phrase-uid={suggestion.phraseUid}
              title={t(lang, 'pageBar.insertTitle', { n: number })}
              aria-keyshortcuts={`Alt+${number}`}
              onMouseDown={keepFocusWhereItIs}
              onClick={() => onInsert(index)}
            >
              <span className="hs-bar__number" aria-hidden="true">
                {number}
              </span>
              <span className="hs-bar__category">{categoryLabel(suggestion.category)}</span>
              <span className="hs-bar__text">{suggestion.text}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
