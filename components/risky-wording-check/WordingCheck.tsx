import { useEffect, useId, useRef, useState, type FormEvent, type Ref } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { FlaggedWording } from '../../utils/messaging/protocol';
import type { UiLanguage } from '../../utils/schemas/settings';
import type { Thread } from '../../utils/schemas/thread';
import { WORDING_CATEGORIES, type WordingCategory } from '../../utils/schemas/risky-wording-finding';
import { t } from '../../utils/i18n/translate';
import { FindingDetails } from './FindingDetails';
import { HighlightedDraft } from './HighlightedDraft';
import { useWordingCheck, type DraftCheck, type FlagStatus } from './use-wording-check';
import { backgroundWordingCheckServices, type WordingCheckServices } from './wording-check-services';
import './wording-check.css';

/** A flag is a literal term; the store takes at most this many characters. */
const MAX_TERM_LENGTH = 80;
const DEFAULT_FLAG_CATEGORY: WordingCategory = 'off-platform';

function DraftResult({ check, lang, draftRef }: { check: DraftCheck; lang: UiLanguage; draftRef: Ref<HTMLParagraphElement> }) {
  switch (check.kind) {
    case 'reading':
      return <p className="hs-popup__note">{t(lang, 'wordingCheck.reading')}</p>;
    case 'no-input':
      return <p className="hs-popup__note" data-testid="wording-check-state" data-state="no-input">{t(lang, 'wordingCheck.noInput')}</p>;
    case 'empty':
      return <p className="hs-popup__note" data-testid="wording-check-state" data-state="empty">{t(lang, 'wordingCheck.emptyDraft')}</p>;
    case 'failed':
      return <p className="hs-popup__note" data-testid="wording-check-state" data-state="failed">{t(lang, 'wordingCheck.failed')}</p>;
    case 'checked':
      return (
        <>
          <p className="hs-wording-check__label">{t(lang, 'wordingCheck.draftLabel')}</p>
          <HighlightedDraft draft={check.draft} findings={check.findings} lang={lang} draftRef={draftRef} />
          <p className="hs-wording-check__summary" data-testid="wording-check-state" data-state={check.findings.length ? 'findings' : 'clean'} role="status">
            {check.findings.length ? t(lang, 'wordingCheck.findingsCount', { count: check.findings.length }) : t(lang, 'wordingCheck.clean')}
          </p>
          {check.findings.length ? (
            <ul className="hs-findings">
              {check.findings.map((finding) => (
                <FindingDetails key={`${finding.ruleId}:${finding.start}`} finding={finding} lang={lang} />
              ))}
            </ul>
          ) : null}
        </>
      );
  }
}

function FlagStatusLine({ status, lang }: { status: FlagStatus; lang: UiLanguage }) {
  if (status.kind === 'flagged') return <p className="hs-wording-check__flag-ok" role="status" data-testid="flag-status" data-state="flagged">{t(lang, 'wordingCheck.flagged', { term: status.term })}</p>;
  if (status.kind === 'failed') return <p className="hs-wording-check__flag-error" role="alert" data-testid="flag-status" data-state="failed">{t(lang, 'wordingCheck.flagFailed', { error: status.error })}</p>;
  return null;
}

function FlagList({ flags, lang }: { flags: readonly FlaggedWording[]; lang: UiLanguage }) {
  if (flags.length === 0) return <p className="hs-popup__note">{t(lang, 'wordingCheck.flagsEmpty')}</p>;
  return (
    <ul className="hs-flags" data-testid="flag-list">
      {flags.map((flag) => (
        <li key={flag.uid} className="hs-flags__item" data-testid="flag-item" data-status={flag.status}>
          <q className="hs-flags__term">{flag.term}</q>
          <span className="hs-finding__category">{t(lang, `wording.category.${flag.category}`)}</span>
          <span className={`hs-flags__status hs-flags__status--${flag.status}`}>{t(lang, `wordingCheck.status.${flag.status}`)}</span>
          <span className="hs-flags__reason">{flag.reason}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The popup's 检查话术: the draft in the chat's reply box with its risky words marked and
 * explained, and 标记违规, where the agent flags wording the rules missed (selected in the draft
 * or typed). A flag is a local `warn` rule at once, 待审核 until the team lead decides; the
 * agent's flags are listed below. Opened on demand, so the popup's suggestions come first.
 */
export function WordingCheck({
  tabId,
  thread,
  services = backgroundWordingCheckServices,
}: {
  tabId: number | null;
  thread: Thread | null;
  services?: WordingCheckServices;
}) {
  const { lang } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <section className="hs-wording-check" aria-label={t(lang, 'wordingCheck.open')}>
      <button
        type="button"
        className="hs-button hs-wording-check__toggle"
        data-testid="open-wording-check"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((current) => !current)}
      >
        {t(lang, 'wordingCheck.open')}
      </button>
      {open ? <WordingCheckPanel id={panelId} tabId={tabId} thread={thread} services={services} lang={lang} /> : null}
    </section>
  );
}

function WordingCheckPanel({
  id,
  tabId,
  thread,
  services,
  lang,
}: {
  id: string;
  tabId: number | null;
  thread: Thread | null;
  services: WordingCheckServices;
  lang: UiLanguage;
}) {
  const { check, flags, flagStatus, recheck, flag } = useWordingCheck(services, tabId, thread);
  const [term, setTerm] = useState('');
  const [reason, setReason] = useState('');
  const [category, setCategory] = useState<WordingCategory>(DEFAULT_FLAG_CATEGORY);
  const draftRef = useRef<HTMLParagraphElement>(null);
  const fieldIds = useId();

  // Words the agent selects in the draft become the term to flag.
  useEffect(() => {
    function onSelectionChange() {
      const selection = document.getSelection();
      const draft = draftRef.current;
      if (!selection || selection.isCollapsed || !draft || !selection.anchorNode || !draft.contains(selection.anchorNode)) return;
      const selected = selection.toString().trim();
      if (selected && selected.length <= MAX_TERM_LENGTH) setTerm(selected);
    }
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!term.trim() || !reason.trim()) return;
    if (await flag({ term: term.trim(), reason: reason.trim(), category })) {
      setTerm('');
      setReason('');
    }
  }

  return (
    <div id={id} className="hs-wording-check__panel" data-testid="wording-check">
      <div className="hs-wording-check__head">
        <h2 className="hs-popup__section-title">{t(lang, 'wordingCheck.open')}</h2>
        <button type="button" className="hs-button" data-testid="recheck-wording" onClick={() => void recheck()}>
          {t(lang, 'wordingCheck.recheck')}
        </button>
      </div>
      <DraftResult check={check} lang={lang} draftRef={draftRef} />

      <form className="hs-wording-check__flag" data-testid="flag-form" onSubmit={(event) => void submit(event)}>
        <h3 className="hs-wording-check__subtitle">{t(lang, 'wordingCheck.flagTitle')}</h3>
        <p className="hs-popup__note">{t(lang, 'wordingCheck.flagHint')}</p>
        <label htmlFor={`${fieldIds}-term`}>{t(lang, 'wordingCheck.flagTerm')}</label>
        <input
          id={`${fieldIds}-term`}
          className="hs-input"
          data-testid="flag-term"
          value={term}
          maxLength={MAX_TERM_LENGTH}
          onChange={(event) => setTerm(event.target.value)}
        />
        <label htmlFor={`${fieldIds}-reason`}>{t(lang, 'wordingCheck.flagReason')}</label>
        <input
          id={`${fieldIds}-reason`}
          className="hs-input"
          data-testid="flag-reason"
          value={reason}
          maxLength={400}
          placeholder={t(lang, 'wordingCheck.flagReasonPlaceholder')}
          onChange={(event) => setReason(event.target.value)}
        />
        <label htmlFor={`${fieldIds}-category`}>{t(lang, 'wordingCheck.flagCategory')}</label>
        <select
          id={`${fieldIds}-category`}
          className="hs-input"
          data-testid="flag-category"
          value={category}
          onChange={(event) => setCategory(event.target.value as WordingCategory)}
        >
          {WORDING_CATEGORIES.map((id) => (
            <option key={id} value={id}>
              {t(lang, `wording.category.${id}`)}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="hs-button hs-button--primary"
          data-testid="flag-submit"
          disabled={!term.trim() || !reason.trim() || flagStatus.kind === 'saving'}
        >
          {t(lang, 'wordingCheck.flagSubmit')}
        </button>
        <FlagStatusLine status={flagStatus} lang={lang} />
      </form>

      <h3 className="hs-wording-check__subtitle">{t(lang, 'wordingCheck.flagsTitle')}</h3>
      <FlagList flags={flags} lang={lang} />
    </div>
  );
}
