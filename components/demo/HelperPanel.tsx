import type { RefObject } from 'react';
import type { Category } from '../../utils/schemas/category';
import type { LibraryPhrase } from '../../utils/schemas/phrase';
import type { Suggestion } from '../../utils/schemas/suggestion';
import { useI18n } from '../i18n/i18n-provider';
import { EXTENSION_UI_ATTRIBUTE } from '../../utils/sites/extension-ui';
import { LibraryEmptyState } from '../empty-state/EmptyState';
import { InsertStatus } from '../insert-status/InsertStatus';
import type { InsertFeedback } from '../insert-status/insert-feedback';
import { LibrarySearch } from '../library-search/LibrarySearch';
import { SuggestionList } from '../suggestion-list/SuggestionList';

/**
 * The right column: what the in-page helper shows agents on a real client, built from the
 * same components as the popup.
 */
export function HelperPanel({
  suggestions,
  categories,
  libraryEmpty,
  feedback,
  failure,
  search,
  onInsertSuggestion,
  onInsertPhrase,
  onRestoreDefaultPack,
  onDismissFeedback,
  searchRef,
}: {
  suggestions: readonly Suggestion[];
  categories: readonly Category[];
  libraryEmpty: boolean;
  feedback: InsertFeedback | null;
  /** The page could not start the helper's page session; nothing can be inserted. */
  failure: boolean;
  search: (query: string) => Promise<readonly LibraryPhrase[]>;
  onInsertSuggestion: (suggestion: Suggestion) => void;
  onInsertPhrase: (phrase: LibraryPhrase) => void;
  onRestoreDefaultPack: () => Promise<void>;
  onDismissFeedback: () => void;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useI18n();
  return (
    // Marked as the extension's own UI, so the page session never takes our search box for the reply box.
    <aside className="demo-helper" aria-labelledby="demo-helper-title" data-testid="demo-helper" {...{ [EXTENSION_UI_ATTRIBUTE]: '' }}>
      <h2 id="demo-helper-title" className="demo-helper__title">
        {t('demo.panelTitle')}
      </h2>
      <LibrarySearch search={search} categories={categories} onInsert={onInsertPhrase} inputRef={searchRef} />
      <InsertStatus feedback={feedback} onDismiss={onDismissFeedback} />
      <div className="demo-helper__body">
        {failure ? (
          <p className="demo-helper__note demo-helper__note--error" role="alert">
            {t('demo.sessionFailed')}
          </p>
        ) : null}
        {libraryEmpty ? <LibraryEmptyState onRestore={onRestoreDefaultPack} /> : null}
        {!libraryEmpty && !failure && suggestions.length === 0 ? <p className="demo-helper__note">{t('demo.panelWaiting')}</p> : null}
        {!libraryEmpty ? <SuggestionList suggestions={suggestions} categories={categories} onInsert={onInsertSuggestion} /> : null}
      </div>
    </aside>
  );
}
