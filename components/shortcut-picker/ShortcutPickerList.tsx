import { useId, useSyncExternalStore, type CSSProperties, type MouseEvent } from 'react';
import type { PickerAnchor, ShortcutPicker } from '../../utils/picker/shortcut-picker';
import { EXTENSION_UI_ATTRIBUTE } from '../../utils/sites/extension-ui';
import { t } from '../../utils/i18n/page-translate';
import type { UiLanguage } from '../../utils/schemas/settings';
import '../theme/theme.css';
import './shortcut-picker.css';
import { topicName } from '../../utils/i18n/topic-name';

/** Gap between the caret and the list; the list goes above it (reply boxes sit at the bottom). */
const GAP_PX = 6;
const EDGE_PX = 8;
const WIDTH_PX = 360;

/** Just above the caret, kept inside the window; below it when the caret is near the top. */
function placement(anchor: PickerAnchor, win: Window): CSSProperties {
  const left = Math.max(EDGE_PX, Math.min(anchor.left, win.innerWidth - WIDTH_PX - EDGE_PX));
  return anchor.top > win.innerHeight / 3
    ? { left, bottom: win.innerHeight - anchor.top + GAP_PX }
    : { left, top: anchor.bottom + GAP_PX };
}

/** A mouse pick must not take the focus from the reply box the phrase goes into. */
function keepFocusWhereItIs(event: MouseEvent): void {
  event.preventDefault();
}

/**
 * The list of phrases matching the `/hy` being typed. The keyboard stays in the reply box (the
 * picker's key handler moves the choice and picks), so this is a listbox the box's keys drive,
 * not a focus target; the mouse picks too.
 */
export function ShortcutPickerList({ picker, lang }: { picker: ShortcutPicker; lang: UiLanguage }) {
  const view = useSyncExternalStore(picker.subscribe, picker.view);
  const listId = useId();
  if (view.status !== 'open') return null;
  const win = globalThis.window;
  return (
    <div className="hs-root hs-picker" {...{ [EXTENSION_UI_ATTRIBUTE]: '' }} data-testid="shortcut-picker" style={placement(view.anchor, win)}>
      <ul className="hs-picker__list" role="listbox" id={listId} aria-label={t(lang, 'picker.label')}>
        {view.phrases.map((phrase, index) => (
          <li
            key={phrase.uid}
            className="hs-picker__option"
            role="option"
            aria-selected={index === view.active}
            data-testid="shortcut-picker-option"
            data-phrase-uid={phrase.uid}
            onMouseDown={keepFocusWhereItIs}
            onMouseEnter={() => picker.highlight(index)}
            onClick={() => void picker.pick(index)}
          >
            <span className="hs-picker__shortcut">{phrase.shortcut ? `/${phrase.shortcut}` : ''}</span>
            {phrase.topic ? (
              <span className="hs-picker__topic" data-testid="shortcut-picker-topic">
                {topicName(phrase.topic, phrase.topicLabels, lang)}
              </span>
            ) : null}
            <span className="hs-picker__text">{phrase.text}</span>
          </li>
        ))}
      </ul>
      <p className="hs-picker__hint">{t(lang, 'picker.hint')}</p>
    </div>
  );
}
