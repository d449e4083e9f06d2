import { useState } from 'react';
import type { Pack } from '../../../utils/schemas/pack';
import type { DraftChange } from '../../../utils/schemas/team-draft';
import { DraftChangeError } from '../../../utils/team-draft/draft-change-error';
import { useI18n } from '../use-console-i18n';
import type { FieldProblem } from './DraftPhraseEditor';
import type { TeamDraftHandle } from './use-team-draft';

/** What a draft action says: done (with an undo where one helps) or refused, and why. */
export interface DraftNotice {
  kind: 'ok' | 'error';
  text: string;
  undo?: (() => void) | undefined;
}

export interface DraftActions {
  /** One change of the draft; refused (nothing saved) when the draft would not fit the pack format, the problem placed on its field. */
  changeDraft: (change: DraftChange, done?: (count: number) => string) => Promise<FieldProblem | null>;
  undoDraft: () => Promise<void>;
  publish: () => Promise<void>;
  /** 放弃草稿, also offered when the draft no longer applies to the installed pack (it was replaced under it). */
  discard: () => void;
  /** The version 发布新版本 just installed, for its download links. */
  published: Pack | null;
  closePublished: () => void;
  busy: boolean;
}

export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The team-pack draft's actions as every console page that edits a draft (话术, 商品) offers them,
 * so a change, 撤销上一步, 发布新版本 and 放弃草稿 say the same things everywhere. `afterPublish`
 * reloads what the page shows from the library the publish changed.
 */
export function useDraftActions(draft: TeamDraftHandle, setNotice: (notice: DraftNotice | null) => void, afterPublish: () => Promise<void>): DraftActions {
  const { t } = useI18n();
  const [published, setPublished] = useState<Pack | null>(null);
  const [busy, setBusy] = useState(false);

  async function undoDraft(): Promise<void> {
    try {
      const view = await draft.undo();
      setNotice({ kind: 'ok', text: t('console.library.draft.undone', { count: view.changes.length }) });
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error) });
    }
  }

  async function changeDraft(change: DraftChange, done?: (count: number) => string): Promise<FieldProblem | null> {
    try {
      const view = await draft.change(change);
      const count = view.changes.length;
      setNotice({ kind: 'ok', text: done ? done(count) : t('console.library.draft.saved', { count }), undo: () => void undoDraft() });
      return null;
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error) });
      return { field: error instanceof DraftChangeError ? error.field : undefined, message: errorText(error) };
    }
  }

  async function publish(): Promise<void> {
    setBusy(true);
    try {
      setPublished(await draft.publish());
      setNotice(null);
      await afterPublish();
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  function discard(): void {
    void draft.discard().then(
      () => setNotice({ kind: 'ok', text: t('console.library.draft.discarded') }),
      (error: unknown) => setNotice({ kind: 'error', text: errorText(error) }),
    );
  }

  return { changeDraft, undoDraft, publish, discard, published, closePublished: () => setPublished(null), busy };
}
