import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import './empty-state.css';

function EmptyState({ testId, title, hint, children }: { testId: string; title: string; hint: string; children?: ReactNode }) {
  return (
    <section className="hs-empty" data-testid={testId} role="status">
      <h2 className="hs-empty__title">{title}</h2>
      <p className="hs-empty__hint">{hint}</p>
      {children ? <div className="hs-empty__actions">{children}</div> : null}
    </section>
  );
}

/** The tab shows no chat the helper can read; `children` holds the way out (e.g. the demo link). */
export function NoChatState({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <EmptyState testId="state-no-chat" title={t('empty.noChat.title')} hint={t('empty.noChat.hint')}>
      {children}
    </EmptyState>
  );
}

/** The library has no phrases; the agent can bring the default pack back in one click. */
export function LibraryEmptyState({ onRestore }: { onRestore: () => Promise<void> }) {
  const { t } = useI18n();
  const [phase, setPhase] = useState<'ready' | 'restoring' | 'failed'>('ready');

  async function restore() {
    setPhase('restoring');
    try {
      await onRestore();
      setPhase('ready');
    } catch {
      setPhase('failed');
    }
  }

  return (
    <EmptyState testId="state-library-empty" title={t('empty.libraryEmpty.title')} hint={t('empty.libraryEmpty.hint')}>
      <button
        type="button"
        className="hs-button hs-button--primary"
        data-testid="restore-default-pack"
        disabled={phase === 'restoring'}
        onClick={() => void restore()}
      >
        {phase === 'restoring' ? t('empty.libraryEmpty.restoring') : t('empty.libraryEmpty.restore')}
      </button>
      {phase === 'failed' ? (
        <p className="hs-empty__error" role="alert">
          {t('empty.libraryEmpty.restoreFailed')}
        </p>
      ) : null}
    </EmptyState>
  );
}
