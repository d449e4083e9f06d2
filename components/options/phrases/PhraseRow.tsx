import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider';
import type { OverrideView } from '../../../utils/library/phrase-overrides';
import { FindingDetails } from '../../risky-wording-check/FindingDetails';
import { HighlightedDraft } from '../../risky-wording-check/HighlightedDraft';
import type { OptionsServices } from '../options-services';
import { useLiveWordingCheck } from './use-live-wording-check';
import { PERSONAL_PACK_ID, type LibraryPhrase } from '../../../utils/schemas/phrase';

/**
 * One phrase: its wording (the agent's own when they reworded it), where it comes from, and
 * 编辑. A locked phrase still offers 编辑, so the agent hears *why* it cannot be changed.
 */
export function PhraseRow({
  services,
  phrase,
  categoryName,
  locked,
  override,
  onSave,
  onRestore,
  onDelete,
}: {
  services: OptionsServices;
  phrase: LibraryPhrase;
  categoryName: string;
  locked: boolean;
  override: OverrideView | undefined;
  onSave: (text: string) => Promise<boolean>;
  onRestore: () => Promise<boolean>;
  onDelete: () => Promise<boolean>;
}) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const findings = useLiveWordingCheck(services, editing);
  const personal = phrase.packId === PERSONAL_PACK_ID;
  const text = override?.text ?? phrase.text;

  return (
    <div className="hs-options-phrase" data-testid="options-phrase" data-phrase-uid={phrase.uid} data-locked={locked || undefined}>
      <div className="hs-options-phrase__meta">
        {locked && <span title={t('options.phrases.locked')}>🔒 </span>}
        <span>{categoryName}</span> · <code>{phrase.uid}</code>
        {phrase.shortcut && <> · {phrase.shortcut}</>}
        {override && <span className="hs-options-badge" data-testid="phrase-edited"> {t('options.phrases.edited')}</span>}
        {personal && <span className="hs-options-badge"> {t('options.phrases.personal')}</span>}
      </div>
      {editing === null ? (
        <p className="hs-options-phrase__text" data-testid="phrase-text">{text}</p>
      ) : (
        <>
          <textarea data-testid="phrase-edit-text" rows={3} value={editing} onChange={(event) => setEditing(event.currentTarget.value)} />
          {findings && findings.length > 0 && (
            <div data-testid="phrase-wording-findings" data-count={findings.length}>
              <HighlightedDraft draft={editing} findings={findings} lang={lang} />
              <ul className="hs-options-findings">
                {findings.map((finding, index) => (
                  <FindingDetails key={index} finding={finding} lang={lang} />
                ))}
              </ul>
            </div>
          )}
          {findings && findings.length === 0 && <p className="hs-options-muted" data-testid="phrase-wording-clean">{t('options.phrases.wordingClean')}</p>}
        </>
      )}
      <div className="hs-options-actions">
        {editing === null ? (
          <button type="button" className="hs-button" data-testid="phrase-edit" onClick={() => setEditing(text)}>
            {t('options.phrases.edit')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="hs-button hs-button--primary"
              data-testid="phrase-save"
              onClick={() => void onSave(editing).then((saved) => saved && setEditing(null))}
            >
              {personal ? t('options.phrases.save') : t('options.phrases.saveOverride')}
            </button>
            <button type="button" className="hs-button" onClick={() => setEditing(null)}>
              {t('options.import.cancel')}
            </button>
          </>
        )}
        {override && (
          <button type="button" className="hs-button" data-testid="phrase-restore" onClick={() => void onRestore()}>
            {t('options.phrases.restore')}
          </button>
        )}
        {personal && (
          <button type="button" className="hs-button hs-button--danger" data-testid="phrase-delete" onClick={() => void onDelete()}>
            {t('options.phrases.delete')}
          </button>
        )}
      </div>
    </div>
  );
}
