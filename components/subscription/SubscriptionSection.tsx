import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Switch, Tag, Typography, type DescriptionsProps } from 'antd';
import { useI18n } from '../console/use-console-i18n';
import { subscriptionUrlSchema, type SubscriptionView } from '../../utils/schemas/subscription-state';
import { ConsoleSection } from '../console-section/ConsoleSection';
import type { OptionsServices } from '../options/options-services';
import { browserSubscriptionHostAccess, type SubscriptionHostAccess } from './host-access';
import { SUBSCRIPTION_TAG_COLOR } from './subscription-tag';
import './subscription.css';

function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

type Notice = { kind: 'success' | 'error'; text: string };

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
  const [urlError, setUrlError] = useState<string | null>(null);
  const [autoApply, setAutoApply] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  /** An origin the extension may not reach yet; the button shows only while the check against it fails. */
  const [ungrantedOrigin, setUngrantedOrigin] = useState<string | null>(null);

  function show(next: SubscriptionView) {
    setView(next);
    setUrl(next.urlFromPolicy ? (next.url ?? '') : (next.userUrl ?? ''));
    setAutoApply(next.autoApply);
  }

  const failed = (error: unknown): Notice => ({
    kind: 'error',
    text: t('subscription.failed', { message: error instanceof Error ? error.message : String(error) }),
  });

  useEffect(() => {
    services.call('getSubscription').then(show, (error: unknown) => setNotice(failed(error)));
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
      if (done) setNotice({ kind: 'success', text: done });
    } catch (error) {
      setNotice(failed(error));
    } finally {
      setBusy(false);
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    const trimmed = url.trim();
    // Empty stops the subscription; anything else must pass the schema the worker holds it to.
    const checked = trimmed === '' ? null : subscriptionUrlSchema.safeParse(trimmed);
    if (checked && !checked.success) {
      setUrlError(checked.error.issues[0]?.message ?? t('subscription.invalidUrl'));
      return;
    }
    setUrlError(null);
    void run(() => services.call('setSubscription', { url: trimmed, autoApply }), t('subscription.saved'));
  }

  const fromPolicy = view?.urlFromPolicy === true;
  return (
    <ConsoleSection id="subscription" title={t('options.section.subscription')} intro={t('subscription.intro')} testId="subscription-section">
      {notice && (
        <Alert type={notice.kind} role={notice.kind === 'error' ? 'alert' : 'status'} title={notice.text} data-testid="subscription-notice" />
      )}
      <Card title={<h3 className="hs-console-card-title">{t('console.sections.subscription.settingsTitle')}</h3>}>
        <Form layout="vertical" component={false}>
          <form className="hs-subscription__form" onSubmit={save} noValidate>
            <Form.Item
              label={t('subscription.url')}
              htmlFor="subscription-url"
              validateStatus={urlError ? 'error' : undefined}
              help={urlError ? <span id="subscription-url-error" data-testid="subscription-url-error">{urlError}</span> : undefined}
              extra={fromPolicy ? t('subscription.urlFromPolicy') : undefined}
            >
              <Input
                id="subscription-url"
                type="url"
                inputMode="url"
                placeholder="https://cdn.example.com/team-pack.json"
                value={url}
                readOnly={fromPolicy}
                data-testid="subscription-url"
                aria-invalid={urlError ? true : undefined}
                aria-describedby={urlError ? 'subscription-url-error' : undefined}
                onChange={(event) => {
                  setUrl(event.target.value);
                  setUrlError(null);
                }}
              />
            </Form.Item>
            <Form.Item label={t('subscription.autoApply')} htmlFor="subscription-auto-apply">
              <Switch id="subscription-auto-apply" checked={autoApply} data-testid="subscription-auto-apply" onChange={setAutoApply} />
            </Form.Item>
            <Flex gap="small" wrap>
              <Button htmlType="submit" data-testid="subscription-save" disabled={busy}>
                {t('subscription.save')}
              </Button>
              <Button
                type="primary"
                data-testid="subscription-check"
                disabled={busy || !view?.url}
                onClick={() => void run(() => services.call('checkSubscription'))}
              >
                {busy ? t('subscription.checking') : t('subscription.checkNow')}
              </Button>
            </Flex>
          </form>
        </Form>
      </Card>
      {view && (
        <Card title={<h3 className="hs-console-card-title">{t('console.sections.subscription.statusTitle')}</h3>}>
          <div data-testid="subscription-status" data-status={view.status}>
            <Descriptions column={1} size="small" items={statusItems(view, t, lang)} />
            {view.status === 'error' && view.message && <Alert className="hs-subscription__alert" type="error" role="alert" title={view.message} />}
            {failedOrigin !== null && failedOrigin === ungrantedOrigin && (
              <Flex className="hs-subscription__alert" gap="small" align="center" wrap>
                <Typography.Text type="secondary">{t('subscription.accessHint', { origin: failedOrigin })}</Typography.Text>
                <Button data-testid="subscription-grant-access" disabled={busy} onClick={() => grantAndRecheck(failedOrigin)}>
                  {t('subscription.grantAccess')}
                </Button>
              </Flex>
            )}
          </div>
        </Card>
      )}
      {view?.pending && (
        <Card
          data-testid="subscription-pending"
          title={<h3 className="hs-console-card-title">{t('subscription.pendingTitle', { name: view.pending.packName, version: view.pending.version })}</h3>}
        >
          <Flex vertical gap="small">
            <Typography.Text type="secondary">
              {view.pending.installedVersion === null ? t('subscription.pendingNew') : t('subscription.pendingInstalled', { version: view.pending.installedVersion })}
            </Typography.Text>
            <Typography.Text data-testid="subscription-pending-counts">
              {t('subscription.pendingCounts', { added: view.pending.added, changed: view.pending.changed, removed: view.pending.removed })}
            </Typography.Text>
            {view.pending.refusal && <Alert type="error" role="alert" title={view.pending.refusal} />}
            <div>
              <Button
                type="primary"
                data-testid="subscription-apply"
                disabled={busy || view.pending.refusal !== null}
                onClick={() => void run(() => services.call('applySubscription'))}
              >
                {t('subscription.apply')}
              </Button>
            </div>
          </Flex>
        </Card>
      )}
    </ConsoleSection>
  );
}

/** 状态 (a coloured tag), 上次检查, and the server's version mark when it sent one. */
function statusItems(view: SubscriptionView, t: ReturnType<typeof useI18n>['t'], lang: string): DescriptionsProps['items'] {
  const items: NonNullable<DescriptionsProps['items']> = [
    {
      key: 'status',
      label: t('console.sections.subscription.status'),
      children: (
        <Tag color={SUBSCRIPTION_TAG_COLOR[view.status]} data-testid="subscription-status-tag">
          {t(`subscription.status.${view.status}`)}
        </Tag>
      ),
    },
    {
      key: 'checked',
      label: t('console.sections.subscription.lastCheck'),
      children: view.lastCheckedAt === null ? t('subscription.neverChecked') : new Date(view.lastCheckedAt).toLocaleString(lang),
    },
  ];
  if (view.etag) {
    items.push({ key: 'etag', label: t('console.sections.subscription.etag'), children: <code className="hs-console-code" data-testid="subscription-etag">{view.etag}</code> });
  }
  return items;
}
