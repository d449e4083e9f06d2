import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { subscriptionUrlSchema, type SubscriptionView } from '../../utils/schemas/subscription-state';
import type { OptionsServices } from '../options/options-services';
import { browserSubscriptionHostAccess, type SubscriptionHostAccess } from './host-access';

function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** 话术包订阅: the team pack's URL, its last check, and the pending update with 应用更新. */
export function SubscriptionSection({
  services,
  hostAccess = browserSubscriptionHostAccess,
}: {
  services: Pick<OptionsServices, 'call'>;
  hostAccess?: SubscriptionHostAccess;
}) {
  const { t, lang } = useI18n();
  const [view, setView] = useState<SubscriptionView | null>(null);
  const [url, setUrl] = useState('');
  const [autoApply, setAutoApply] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  /** An origin the extension may not reach yet; the button shows only while the check against it fails. */
  const [ungrantedOrigin, setUngrantedOrigin] = useState<string | null>(null);

  function show(next: SubscriptionView) {
    setView(next);
    setUrl(next.urlFromPolicy ? (next.url ?? '') : (next.userUrl ?? ''));
    setAutoApply(next.autoApply);
  }

  useEffect(() => {
    services.call('getSubscription').then(show, (error: unknown) => setNotice(t('subscription.failed', { message: String(error) })));
    // Loaded once; every action below answers the new state.
  }, [services]);

  // A failed check may be a host without CORS headers: offer access to that one origin.
  const failedOrigin = view?.status === 'error' ? originOf(view.url) : null;
  useEffect(() => {
    if (failedOrigin === null) return;
    let current = true;
    // Through a promise, so a missing permissions API reads as "no button", not a crash.
    Promise.resolve(failedOrigin)
      .then(hostAccess.has)
      .then(
        (granted) => {
          if (current) setUngrantedOrigin(granted ? null : failedOrigin);
        },
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [view, failedOrigin, hostAccess]);

  function grantAndRecheck(origin: string) {
    // request() first, before any await: the browser asks only inside the click.
    const asked = hostAccess.request(origin);
    void run(async () => {
      if (!(await asked)) throw new Error(t('subscription.accessRefused'));
      setUngrantedOrigin(null);
      return services.call('checkSubscription');
    });
  }

  async function run(action: () => Promise<SubscriptionView>, done?: string) {
    setBusy(true);
    setNotice(null);
    try {
      show(await action());
      if (done) setNotice(done);
    } catch (error) {
      setNotice(t('subscription.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    const trimmed = url.trim();
    if (trimmed !== '' && !subscriptionUrlSchema.safeParse(trimmed).success) {
      setNotice(t('subscription.invalidUrl'));
      return;
    }
    void run(() => services.call('setSubscription', { url: trimmed, autoApply }), t('subscription.saved'));
  }

  const fromPolicy = view?.urlFromPolicy === true;
  return (
    <section className="hs-options-section" aria-labelledby="subscription-title" data-testid="subscription-section">
      <header className="hs-options-section__header">
        <h2 id="subscription-title">{t('options.section.subscription')}</h2>
      </header>
      <p className="hs-options-muted">{t('subscription.intro')}</p>
      <form className="hs-options-form" onSubmit={save}>
        <label>
          {t('subscription.url')}
          <input
            type="url"
            inputMode="url"
            placeholder="https://cdn.example.com/team-pack.json"
            value={url}
            readOnly={fromPolicy}
            data-testid="subscription-url"
            onChange={(event) => setUrl(event.target.value)}
          />
        </label>
        {fromPolicy && <p className="hs-options-muted">{t('subscription.urlFromPolicy')}</p>}
        <label>
          <input type="checkbox" checked={autoApply} data-testid="subscription-auto-apply" onChange={(event) => setAutoApply(event.target.checked)} />
          {t('subscription.autoApply')}
        </label>
        <div className="hs-options-actions">
          <button type="submit" className="hs-button" data-testid="subscription-save" disabled={busy}>
            {t('subscription.save')}
          </button>
          <button
            type="button"
            className="hs-button hs-button--primary"
            data-testid="subscription-check"
            disabled={busy || !view?.url}
            onClick={() => void run(() => services.call('checkSubscription'))}
          >
            {busy ? t('subscription.checking') : t('subscription.checkNow')}
          </button>
        </div>
      </form>
      {notice && (
        <p role="status" className="hs-options-notice" data-testid="subscription-notice">
          {notice}
        </p>
      )}
      {view && (
        <dl className="hs-options-diff" data-testid="subscription-status" data-status={view.status}>
          <div>
            <dt>{t(`subscription.status.${view.status}`)}</dt>
            <dd>{view.lastCheckedAt === null ? t('subscription.neverChecked') : t('subscription.lastCheck', { time: new Date(view.lastCheckedAt).toLocaleString(lang) })}</dd>
          </div>
          {view.etag && (
            <div>
              <dd data-testid="subscription-etag">{t('subscription.etag', { etag: view.etag })}</dd>
            </div>
          )}
          {view.status === 'error' && view.message && (
            <div>
              <dd role="alert" className="hs-options-danger">
                {view.message}
              </dd>
            </div>
          )}
          {failedOrigin !== null && failedOrigin === ungrantedOrigin && (
            <div>
              <dd className="hs-options-muted">{t('subscription.accessHint', { origin: failedOrigin })}</dd>
              <dd>
                <button type="button" className="hs-button" data-testid="subscription-grant-access" disabled={busy} onClick={() => grantAndRecheck(failedOrigin)}>
                  {t('subscription.grantAccess')}
                </button>
              </dd>
            </div>
          )}
        </dl>
      )}
      {view?.pending && (
        <div className="hs-options-preview" data-testid="subscription-pending">
          <h3>{t('subscription.pendingTitle', { name: view.pending.packName, version: view.pending.version })}</h3>
          <p className="hs-options-muted">
            {view.pending.installedVersion === null ? t('subscription.pendingNew') : t('subscription.pendingInstalled', { version: view.pending.installedVersion })}
          </p>
          <p data-testid="subscription-pending-counts">
            {t('subscription.pendingCounts', { added: view.pending.added, changed: view.pending.changed, removed: view.pending.removed })}
          </p>
          {view.pending.refusal && (
            <p role="alert" className="hs-options-danger">
              {view.pending.refusal}
            </p>
          )}
          <div className="hs-options-actions">
            <button
              type="button"
              className="hs-button hs-button--primary"
              data-testid="subscription-apply"
              disabled={busy || view.pending.refusal !== null}
              onClick={() => void run(() => services.call('applySubscription'))}
            >
              {t('subscription.apply')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
