import { useEffect, useState } from 'react';
import { previewFromMarkup, type CustomSitePreview } from '../../utils/custom-sites/preview-custom-site';
import { useI18n } from '../i18n/i18n-provider';
import type { CustomSite } from '../../utils/schemas/custom-site';
import type { CustomSitesServices, OpenTab } from './custom-sites-services';

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
  if (tabs.length === 0) return <p className="hs-custom-sites__hint">{t('customSites.try.noTabs')}</p>;
  const mark = (found: boolean) => t(found ? 'customSites.try.yes' : 'customSites.try.no');

  return (
    <div className="hs-custom-sites__try" data-testid="custom-site-try">
      <label className="hs-custom-sites__field">
        <span>{t('customSites.try.pickTab')}</span>
        <select value={tabId ?? ''} onChange={(event) => setTabId(Number(event.target.value))}>
          {tabs.map((tab) => (
            <option key={tab.id} value={tab.id}>
              {tab.title}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="hs-button" onClick={() => void read()} data-testid="custom-site-read">
        {t('customSites.try.read')}
      </button>
      {failed && <p className="hs-custom-sites__error">{t('customSites.try.failed')}</p>}
      {preview && (
        <div data-testid="custom-site-preview">
          <p className="hs-custom-sites__hint">
            {t('customSites.try.found', {
              list: mark(preview.found.messageList),
              input: mark(preview.found.input),
              send: mark(preview.found.sendButton),
            })}
          </p>
          {preview.thread === null ? (
            <p className="hs-custom-sites__error">{t('customSites.try.noThread')}</p>
          ) : (
            <>
              {preview.thread.buyer?.nickname && (
                <p className="hs-custom-sites__hint">{t('customSites.try.buyer', { name: preview.thread.buyer.nickname })}</p>
              )}
              <ol className="hs-custom-sites__thread">
                {preview.thread.messages.map((message, index) => (
                  <li key={message.id ?? index} data-role={message.role}>
                    <strong>{t(`customSites.role.${message.role}`)}</strong> {message.text}
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
    </div>
  );
}
