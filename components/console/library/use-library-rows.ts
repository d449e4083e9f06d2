import { useCallback, useEffect, useState } from 'react';
import { listPhraseOverrides, type OverrideView } from '../../../utils/library/phrase-overrides';
import { readPhraseUsage, type PhraseUsage } from '../../../utils/library/phrase-usage';
import type { LibraryStatus } from '../../../utils/messaging/protocol';
import type { LibraryPhrase } from '../../../utils/schemas/phrase';
import { loadAllPhrases } from '../../options/phrases/load-all-phrases';
import type { OptionsServices } from '../../options/options-services';

export interface LibraryRows {
  phrases: LibraryPhrase[];
  overrides: ReadonlyMap<string, OverrideView>;
  usage: ReadonlyMap<string, PhraseUsage>;
}

const EMPTY: LibraryRows = { phrases: [], overrides: new Map(), usage: new Map() };

/**
 * The whole library as the agent sees it (their own wordings applied), their personal edits and
 * their usage, read again whenever the library changes (a new status object) or `reload` is called.
 */
export function useLibraryRows(services: OptionsServices, status: LibraryStatus | null): { rows: LibraryRows; error: string | null; reload: () => Promise<void> } {
  const [rows, setRows] = useState<LibraryRows>(EMPTY);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const db = services.library();
    try {
      const [phrases, overrides, usage] = await Promise.all([loadAllPhrases(db), listPhraseOverrides(db), readPhraseUsage(db)]);
      setRows({ phrases, overrides: new Map(overrides.map((edit) => [edit.uid, edit])), usage });
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }, [services]);

  useEffect(() => {
    void reload();
  }, [reload, status]);

  return { rows, error, reload };
}
