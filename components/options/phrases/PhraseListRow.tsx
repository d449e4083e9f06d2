import { useI18n } from '../../i18n/i18n-provider';
import { PERSONAL_PACK_ID, type LibraryPhrase } from '../../../utils/schemas/phrase';

/** Every row has this height, so the list can draw only the rows in view. */
export const PHRASE_ROW_HEIGHT = 52;

/** One line of the phrase list: choose it to edit; tick personal phrases for bulk actions. */
export function PhraseListRow({
  phrase,
  categoryName,
  locked,
  edited,
  selected,
  checked,
  onSelect,
  onCheck,
}: {
  phrase: LibraryPhrase;
  categoryName: string;
  locked: boolean;
  edited: boolean;
  selected: boolean;
  checked: boolean;
  onSelect: () => void;
  onCheck: (checked: boolean) => void;
}) {
  const { t } = useI18n();
  const personal = phrase.packId === PERSONAL_PACK_ID;
  return (
    <div className={selected ? 'hs-options-row hs-options-row--selected' : 'hs-options-row'} data-testid="options-phrase-row" data-phrase-uid={phrase.uid}>
      <input
        type="checkbox"
        aria-label={t('options.phrases.select')}
        disabled={!personal}
        title={personal ? undefined : t('options.phrases.bulkOnlyPersonal')}
        checked={checked}
        onChange={(event) => onCheck(event.currentTarget.checked)}
      />
      <button type="button" className="hs-options-row__button" aria-pressed={selected} onClick={onSelect}>
        <span className="hs-options-row__meta">
          {locked && '🔒 '}
          {categoryName}
          {phrase.shortcut && ` · ${phrase.shortcut}`}
          {edited && ` · ${t('options.phrases.edited')}`}
          {personal && ` · ${t('options.phrases.personal')}`}
        </span>
        <span className="hs-options-row__text">{phrase.text}</span>
      </button>
    </div>
  );
}
