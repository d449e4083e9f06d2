import { useEffect, useState } from 'react';
import { Alert, Button, Flex, Form, Select, Tag, Typography } from 'antd';
import { previewFromMarkup, type CustomSitePreview } from '../../utils/custom-sites/preview-custom-site';
import { useI18n } from '../i18n/i18n-provider';
import type { CustomSite } from '../../utils/schemas/custom-site';
import type { CustomSitesServices, OpenTab } from './custom-sites-services';

const ROLE_COLOR = { buyer: 'blue', agent: 'green', system: 'default' } as const;

/**
 * 试一试: the lead picks an open tab of the site and sees the conversation as the extension
 * reads it with these selectors. The page is read once, on the click, and parsed here without
 * running any of it; nothing is kept.
 */
export function CustomSiteTry({ site, services }: { site: CustomSite; services: CustomSitesServices }) {
  const { t } = useI18n();
  const [tabs, setTabs] = useState<OpenTab[] | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [preview, setPreview] = useState<CustomSitePreview | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void services
      .openTabs(site)
      .catch(() => [])
      .then((found) => {
        setTabs(found);
        setTabId(found[0]?.id ?? null);
      });
  }, [services, site]);

  async function read() {
    if (tabId === null) return;
    setFailed(false);
    try {
      setPreview(previewFromMarkup(site, await services.readTab(tabId)));
    } catch {
      setPreview(null);
      setFailed(true);
    }
  }

  if (tabs === null) return null;
  if (tabs.length === 0) return <Alert type="info" title={t('customSites.try.noTabs')} />;
  const mark = (found: boolean) => t(found ? 'customSites.try.yes' : 'customSites.try.no');
  const selectId = `custom-site-try-tab-${site.id}`;

  return (
    <Flex vertical gap="small" className="hs-custom-sites__try" data-testid="custom-site-try">
      <Form layout="inline" component={false}>
        <Flex gap="small" align="flex-end" wrap>
          <Form.Item label={t('customSites.try.pickTab')} htmlFor={selectId} className="hs-custom-sites__tab-picker">
            <Select
              id={selectId}
              className="hs-custom-sites__tab-select"
              value={tabId ?? undefined}
              options={tabs.map((tab) => ({ value: tab.id, label: tab.title }))}
              onChange={(value: number) => setTabId(value)}
            />
          </Form.Item>
          <Button type="primary" onClick={() => void read()} data-testid="custom-site-read">
            {t('customSites.try.read')}
          </Button>
        </Flex>
      </Form>
      {failed && <Alert type="error" role="alert" title={t('customSites.try.failed')} />}
      {preview && (
        <Flex vertical gap="small" data-testid="custom-site-preview">
          <Typography.Text type="secondary">
            {t('customSites.try.found', {
              list: mark(preview.found.messageList),
              input: mark(preview.found.input),
              send: mark(preview.found.sendButton),
            })}
          </Typography.Text>
          {preview.thread === null ? (
            <Alert type="warning" title={t('customSites.try.noThread')} />
          ) : (
            <>
              {preview.thread.buyer?.nickname && <Typography.Text type="secondary">{t('customSites.try.buyer', { name: preview.thread.buyer.nickname })}</Typography.Text>}
              <ol className="hs-custom-sites__thread">
                {preview.thread.messages.map((message, index) => (
                  <li key={message.id ?? index} data-role={message.role}>
                    <Tag color={ROLE_COLOR[message.role]}>{t(`customSites.role.${message.role}`)}</Tag> {message.text}
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
