import { useEffect, useState } from 'react';
import type { OptionsServices } from '../../options/options-services';

/** The background answers at most this many phrases per search. */
const SEARCH_LIMIT = 200;
const PINYIN_LIMIT = 20;
const DELAY_MS = 150;

/**
 * The popup's own search for the query, asked of the background: shortcut codes, text and
 * buyer wordings (normalised and fuzzy), and for latin letters the picker's pinyin initials.
 * Undefined while it runs or with no query; the table also matches each row's own fields.
 */
export function useSearchHits(services: OptionsServices, query: string): ReadonlySet<string> | undefined {
  const [hits, setHits] = useState<ReadonlySet<string> | undefined>(undefined);
  useEffect(() => {
    const trimmed = query.trim();
    setHits(undefined);
    if (trimmed === '') return;
    let current = true;
    const timer = setTimeout(() => {
      const pinyin = /^[a-z]{1,40}$/i.test(trimmed) ? services.call('pickerSearch', { query: trimmed.toLowerCase(), limit: PINYIN_LIMIT }) : Promise.resolve([]);
      Promise.all([services.call('searchPhrases', { query: trimmed.slice(0, 200), limit: SEARCH_LIMIT }), pinyin]).then(
        ([found, spelled]) => current && setHits(new Set([...found, ...spelled].map((phrase) => phrase.uid))),
        () => current && setHits(new Set()),
      );
    }, DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [services, query]);
  return hits;
}
