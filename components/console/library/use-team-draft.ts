import { useCallback, useEffect, useState } from 'react';
import type { Pack } from '../../../utils/schemas/pack';
import type { DraftChange } from '../../../utils/schemas/team-draft';
import { addDraftChange, discardDraft, readDraft, undoDraftChange, type DraftView } from '../../../utils/team-draft/draft-store';
import { publishDraft } from '../../../utils/team-draft/publish-draft';
import type { OptionsServices } from '../../options/options-services';

export interface TeamDraftHandle {
  view: DraftView | null;
  /** Why the draft could not be read (e.g. its changes no longer fit the installed pack). */
  error: string | null;
  change: (change: DraftChange) => Promise<DraftView>;
  undo: () => Promise<DraftView>;
  discard: () => Promise<void>;
  publish: () => Promise<Pack>;
}

/** The draft of one team pack, read from IndexedDB (so it survives closing the page) and re-read after each change. */
export function useTeamDraft(services: OptionsServices, packId: string, libraryVersion: string | null | undefined): TeamDraftHandle {
  const [view, setView] = useState<DraftView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    if (packId === '') {
      setView(null);
      return;
    }
    try {
      setView(await readDraft(services.library(), packId));
      setError(null);
    } catch (caught) {
      setView(null);
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }, [services, packId]);

  // Again when the installed pack may have changed (a new library stamp).
  useEffect(() => {
    void reload();
  }, [reload, libraryVersion]);

  const change = useCallback(
    async (next: DraftChange) => {
      const updated = await addDraftChange(services.library(), packId, next);
      setView(updated);
      return updated;
    },
    [services, packId],
  );
  const undo = useCallback(async () => {
    const updated = await undoDraftChange(services.library(), packId);
    setView(updated);
    return updated;
  }, [services, packId]);
  const discard = useCallback(async () => {
    await discardDraft(services.library(), packId);
    await reload();
  }, [services, packId, reload]);
  const publish = useCallback(async () => {
    const published = await publishDraft(services.call, services.library(), packId);
    await reload();
    return published;
  }, [services, packId, reload]);

  return { view, error, change, undo, discard, publish };
}
