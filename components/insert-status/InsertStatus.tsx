import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { keepFocusWhereItIs } from '../keyboard/ime';
import type { InsertFeedback } from './insert-feedback';
import './insert-status.css';

/** A success note fades quickly; a failure stays until the agent dismisses it or inserts again. */
const INSERTED_VISIBLE_MS = 2500;

export function InsertStatus({ feedback, onDismiss }: { feedback: InsertFeedback | null; onDismiss: () => void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    setCopied(false);
    if (feedback?.kind !== 'inserted') return;
    const timer = setTimeout(onDismiss, INSERTED_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [feedback, onDismiss]);

  if (!feedback) return <div className="hs-insert-status hs-insert-status--empty" role="status" aria-live="polite" />;

  const status = feedback.kind === 'inserted' ? 'ok' : feedback.reason;
  const message = feedback.kind === 'inserted' ? t('insert.ok') : t(`insert.${feedback.reason}`);
  return (
    <div
      className={`hs-insert-status hs-insert-status--${feedback.kind}`}
      data-testid="insert-status"
      data-status={status}
      role="status"
      aria-live="polite"
    >
      <span className="hs-insert-status__message">{copied ? t('insert.copied') : message}</span>
      {feedback.kind === 'failed' && !copied ? (
        <button
          type="button"
          className="hs-button"
          onMouseDown={keepFocusWhereItIs}
          onClick={() => void navigator.clipboard.writeText(feedback.text).then(() => setCopied(true))}
        >
          {t('insert.copy')}
        </button>
      ) : null}
      <button
        type="button"
        className="hs-insert-status__dismiss"
        aria-label={t('status.dismiss')}
        title={t('status.dismiss')}
        onMouseDown={keepFocusWhereItIs}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
