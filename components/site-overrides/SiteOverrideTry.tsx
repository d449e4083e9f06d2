import { useEffect, useState } from 'react';
import { Alert, Button, Flex, Select, Tag, Typography } from 'antd';
import type { OverridableClient } from '../../utils/schemas/site-lists';
import type { SiteOverride, SiteOverrideTrial } from '../../utils/schemas/site-override';
import { useI18n } from '../console/use-console-i18n';
import type { ClientTab, SiteOverridesServices } from './site-overrides-services';

const ROLE_COLOR = { buyer: 'blue', agent: 'green', system: 'default' } as const;

/**
 * 试一试: the lead picks an open tab of the client, and that tab's content script reads its page
 * once with the draft selectors; the conversation is shown as read, or what was not found.
 * `build` checks the form first and gives the override to try (null: the form shows why not).
 */
export function SiteOverrideTry({ client, build, services }: { client: OverridableClient; build: () => SiteOverride | null; services: SiteOverridesServices }) {
  const { t } = useI18n();
  const [tabs, setTabs] = useState<ClientTab[] | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [trial, setTrial] = useState<SiteOverrideTrial | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const [search, setSearch] = useState(0);

  useEffect(() => {
    let current = true;
    setTrial(null);
    void services
      .openTabs(client)
      .catch(() => [])
      .then((found) => {
        if (!current) return;
        setTabs(found);
        setTabId(found[0]?.id ?? null);
      });
    return () => {
      current = false;
    };
  }, [services, client, search]);

  async function read() {
    const override = build();
    if (tabId === null || override === null) return;
    setFailure(null);
    try {
      setTrial(await services.tryOverride(tabId, override));
    } catch (error) {
      setTrial(null);
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }

  if (tabs === null) return null;
  if (tabs.length === 0) {
    return (
      <Alert
        type="info"
        title={t('console.overrides.try.noTabs')}
        data-testid="override-try-no-tabs"
        action={<Button onClick={() => setSearch((count) => count + 1)}>{t('console.overrides.try.search')}</Button>}
      />
    );
  }
  const mark = (found: boolean) => t(found ? 'console.overrides.try.yes' : 'console.overrides.try.no');
  const clientName = t(`console.overrides.client.${client}`);
  return (
    <Flex vertical gap="small" data-testid="override-try">
      <Flex gap="small" align="center" wrap>
        <Select
          aria-label={t('console.overrides.try.pickTab')}
          style={{ minWidth: 240 }}
          value={tabId ?? undefined}
          options={tabs.map((tab) => ({ value: tab.id, label: tab.title }))}
          onChange={(value: number) => setTabId(value)}
          data-testid="override-try-tab"
        />
        <Button onClick={() => void read()} data-testid="override-try-read">
          {t('console.overrides.form.try')}
        </Button>
      </Flex>
      {failure !== null && <Alert type="error" role="alert" title={t('console.overrides.try.failed', { message: failure })} />}
      {trial && !trial.sameClient && <Alert type="warning" title={t('console.overrides.try.otherClient', { client: clientName })} />}
      {trial?.sameClient && (
        <Flex vertical gap="small" data-testid="override-trial">
          <Typography.Text type="secondary">
            {t('console.overrides.try.found', { list: mark(trial.found.messageList), input: mark(trial.found.input), send: mark(trial.found.sendButton) })}
          </Typography.Text>
          {trial.error !== undefined && <Alert type="error" title={t('console.overrides.try.error', { message: trial.error })} />}
          {trial.thread === null || trial.thread.messages.length === 0 ? (
            <Alert type="warning" title={t('console.overrides.try.noThread')} data-testid="override-trial-none" />
          ) : (
            <>
              {trial.thread.buyer?.nickname && <Typography.Text type="secondary">{t('console.overrides.try.buyer', { name: trial.thread.buyer.nickname })}</Typography.Text>}
              <ol className="hs-site-overrides__thread" data-testid="override-trial-thread">
                {trial.thread.messages.map((message, index) => (
                  <li key={message.id ?? index} data-role={message.role}>
                    <Tag color={ROLE_COLOR[message.role]}>{t(`console.overrides.role.${message.role}`)}</Tag> {message.text}
                  </li>
                ))}
              </ol>
            </>
          )}
        </Flex>
      )}
    </Flex>
  );
}
