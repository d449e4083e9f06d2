import { useEffect, useRef, type CSSProperties, type KeyboardEvent, type Ref } from 'react';
import type { GuardView } from '../../utils/guard/send-guard';
import { t } from '../../utils/i18n/page-translate';
import { unfilledPlaceholdersIn } from '../../utils/placeholders/unfilled-placeholders';
import type { UiLanguage } from '../../utils/schemas/settings';
import type { WordingFinding } from '../../utils/schemas/risky-wording-finding';
import { keepFocusWhereItIs } from '../keyboard/ime';
import { FindingDetails } from '../risky-wording-check/FindingDetails';
import { HighlightedDraft } from '../risky-wording-check/HighlightedDraft';
import '../theme/theme.css';
import './send-guard.css';

export interface SendGuardPanelProps {
  view: GuardView;
  lang: UiLanguage;
  onReplace: (finding: WordingFinding) => void;
  onSendAnyway: () => void;
  onCancel: () => void;
  /** The last 替换 changed nothing in the reply box. */
  replaceFailed?: boolean;
  style?: CSSProperties;
  panelRef?: Ref<HTMLDivElement>;
}

/**
 * The panel by the reply box. As a notice (findings while typing) it never takes the focus: the
 * agent keeps typing. When a send was stopped it takes the focus on its first button, so the
 * keyboard alone decides: Enter/Space on 替换, Tab to 仍然发送 or 取消, Esc cancels.
 */
export function SendGuardPanel({ view, lang, onReplace, onSendAnyway, onCancel, replaceFailed, style, panelRef }: SendGuardPanelProps) {
  const firstButton = useRef<HTMLButtonElement>(null);
  const attempt = view.status === 'blocked' ? view.attempt : 0;

  useEffect(() => {
    if (attempt > 0) firstButton.current?.focus({ preventScroll: true });
  }, [attempt]);

  if (view.status === 'hidden') return null;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    onCancel();
  }

  const blocked = view.status === 'blocked';
  // A stopped send may hold no wording finding at all, only a `{日期}` left to fill in.
  const unfilled = view.status === 'resend' ? [] : unfilledPlaceholdersIn(view.draft);
  const onlyUnfilled = blocked && view.findings.length === 0;
  // Buttons keep the reply box's focus on mouse use (notice); a stopped send has moved focus here already.
  const onButtonMouseDown = blocked ? undefined : keepFocusWhereItIs;

  return (
    <div
      className={`hs-root hs-guard hs-guard--${view.status}`}
      data-testid="send-guard"
      data-status={view.status}
      role={blocked ? 'alertdialog' : 'status'}
      aria-live={blocked ? 'assertive' : 'polite'}
      aria-label={t(lang, 'guard.panelLabel')}
      onKeyDown={onKeyDown}
      style={style}
      ref={panelRef}
    >
      {view.status === 'resend' ? (
        <div className="hs-guard__head">
          <p className="hs-guard__title" data-testid="send-guard-resend" data-why={view.why}>
            {t(lang, `guard.resend.${view.why}`)}
          </p>
          <button type="button" className="hs-button" onMouseDown={keepFocusWhereItIs} onClick={onCancel} aria-label={t(lang, 'guard.close')}>
            ×
          </button>
        </div>
      ) : (
        <>
          <div className="hs-guard__head">
            <p className="hs-guard__title">{t(lang, onlyUnfilled ? 'guard.title.unfilled' : blocked ? 'guard.title.blocked' : 'guard.title.notice')}</p>
            {blocked ? null : (
              <button type="button" className="hs-button" onMouseDown={keepFocusWhereItIs} onClick={onCancel} aria-label={t(lang, 'guard.close')}>
                ×
              </button>
            )}
          </div>
          <HighlightedDraft draft={view.draft} findings={view.findings} lang={lang} />
          <ul className="hs-findings hs-guard__findings">
            {view.findings.map((finding, index) => (
              <FindingDetails key={`${finding.ruleId}:${finding.start}`} finding={finding} lang={lang}>
                <button
                  type="button"
                  className="hs-button hs-guard__replace"
                  data-testid="guard-replace"
                  title={t(lang, 'guard.replaceTitle')}
                  ref={index === 0 ? firstButton : undefined}
                  onMouseDown={onButtonMouseDown}
                  onClick={() => onReplace(finding)}
                >
                  {t(lang, 'guard.replace')}
                </button>
              </FindingDetails>
            ))}
          </ul>
          {blocked && unfilled.length > 0 ? (
            <ul className="hs-guard__unfilled" data-testid="guard-unfilled">
              {unfilled.map((name) => (
                <li key={name}>{t(lang, 'guard.unfilledPlaceholder', { placeholder: `{${name}}` })}</li>
              ))}
            </ul>
          ) : null}
          {replaceFailed ? (
            <p className="hs-guard__error" role="alert">
              {t(lang, 'guard.replaceFailed')}
            </p>
          ) : null}
          {blocked ? (
            <div className="hs-guard__actions">
              <button
                type="button"
                className="hs-button hs-guard__send-anyway"
                data-testid="guard-send-anyway"
                title={t(lang, 'guard.sendAnywayTitle')}
                ref={view.findings.length === 0 ? firstButton : undefined}
                onClick={onSendAnyway}
              >
                {t(lang, 'guard.sendAnyway')}
              </button>
              <button type="button" className="hs-button" data-testid="guard-cancel" onClick={onCancel}>
                {t(lang, 'guard.cancel')}
              </button>
              <span className="hs-guard__hint">{t(lang, 'guard.keyboardHint')}</span>
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
