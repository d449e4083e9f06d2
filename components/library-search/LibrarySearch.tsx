import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Category } from '../../utils/schemas/category';
import type { LibraryPhrase } from '../../utils/schemas/phrase';
import { categoryLabel } from '../../utils/i18n/category-label';
import { useI18n } from '../i18n/i18n-provider';
import { isImeComposing, keepFocusWhereItIs } from '../keyboard/ime';
import './library-search.css';

export interface LibrarySearchProps {
  /** Looks phrases up by text and shortcut code, e.g. through callBackground('searchPhrases'). */
  search: (query: string) => Promise<readonly LibraryPhrase[]>;
  onInsert: (phrase: LibraryPhrase) => void;
  categories: readonly Category[];
  /** Lets the page focus the box from a global key (`/`). */
  inputRef?: RefObject<HTMLInputElement | null>;
  /** Waits this long after the last keystroke, so each letter does not start a lookup. */
  debounceMs?: number;
}

type SearchState =
  | { kind: 'idle' }
  | { kind: 'done'; query: string; results: readonly LibraryPhrase[] }
  | { kind: 'failed' };

export function LibrarySearch({ search, onInsert, categories, inputRef, debounceMs = 120 }: LibrarySearchProps) {
  const { t, lang } = useI18n();
  const ownInputRef = useRef<HTMLInputElement>(null);
  const input = inputRef ?? ownInputRef;
  const listId = useId();
  const [text, setText] = useState('');
  // Pinyin being composed is not a query yet: only committed text is searched.
  const [query, setQuery] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const [active, setActive] = useState(0);
  const latestRequest = useRef(0);

  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) {
      setState({ kind: 'idle' });
      return;
    }
    const request = ++latestRequest.current;
    const timer = setTimeout(() => {
      search(trimmed).then(
        (results) => {
          if (request !== latestRequest.current) return;
          setState({ kind: 'done', query: trimmed, results });
          setActive(0);
        },
        () => {
          if (request === latestRequest.current) setState({ kind: 'failed' });
        },
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [query, search, debounceMs]);

  const results = state.kind === 'done' ? state.results : [];

  function clear() {
    latestRequest.current++;
    setText('');
    setQuery('');
    setState({ kind: 'idle' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (isImeComposing(event)) return;
    if (event.key === 'Escape') {
      if (!text) return;
      event.preventDefault();
      event.stopPropagation();
      clear();
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + results.length) % results.length);
      return;
    }
    if (event.key === 'Enter') {
      const phrase = results[active];
      if (!phrase) return;
      event.preventDefault();
      onInsert(phrase);
    }
  }

  const activeId = results[active] ? `${listId}-${active}` : undefined;
  return (
    <div className="hs-search">
      <input
        ref={input}
        type="search"
        className="hs-search__input"
        data-testid="library-search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-autocomplete="list"
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (!(event.nativeEvent as InputEvent).isComposing) setQuery(event.target.value);
        }}
        onCompositionEnd={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} className="hs-search__results" role="listbox" aria-label={t('search.resultsLabel')}>
        {results.map((phrase, index) => (
          <li
            key={phrase.uid}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'hs-search__result hs-search__result--active' : 'hs-search__result'}
            data-testid="search-result"
            data-category={phrase.category}
            data-phrase-uid={phrase.uid}
            onMouseDown={keepFocusWhereItIs}
            onMouseEnter={() => setActive(index)}
            onClick={() => onInsert(phrase)}
          >
            <span className="hs-search__category">{categoryLabel(phrase.category, categories, lang)}</span>
            <span className="hs-search__text">{phrase.text}</span>
            {phrase.shortcut ? <span className="hs-search__shortcut">{phrase.shortcut}</span> : null}
          </li>
        ))}
      </ul>
      {state.kind === 'done' && results.length === 0 ? (
        <p className="hs-search__note" role="status">
          {t('search.noResults', { query: state.query })}
        </p>
      ) : null}
      {state.kind === 'failed' ? (
        <p className="hs-search__note hs-search__note--error" role="alert">
          {t('search.failed')}
        </p>
      ) : null}
    </div>
  );
}
