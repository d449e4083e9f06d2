import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { CustomSite } from '../../utils/schemas/custom-site';
import { CustomSiteForm } from './CustomSiteForm';
import { CustomSiteTry } from './CustomSiteTry';
import { browserCustomSitesServices, type CustomSitesServices } from './custom-sites-services';
import './custom-sites.css';

type Editing = { site: CustomSite | null } | null;

/**
 * 自定义站点: the lead's own chat desks. Saving asks the browser for access to the site (a
 * prompt only a click may open); the service worker then runs the content script there.
 */
export function CustomSitesSection({ services = browserCustomSitesServices }: { services?: CustomSitesServices }) {
  const { t } = useI18n();
  const [sites, setSites] = useState<CustomSite[] | null>(null);
  const [access, setAccess] = useState<Record<string, boolean>>({});
  const [editing, setEditing] = useState<Editing>(null);
  const [trying, setTrying] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const show = useCallback(
    async (loaded: CustomSite[]) => {
      setSites(loaded);
      const granted = await Promise.all(loaded.map(async (site) => [site.id, await services.hasAccess(site).catch(() => false)] as const));
      setAccess(Object.fromEntries(granted));
    },
    [services],
  );

  useEffect(() => {
    void services.load().then(show);
  }, [services, show]);

  // The permission request comes first: the browser opens its prompt only during the click.
  async function grantAndSave(site: CustomSite) {
    const asking = services.requestAccess(site).catch(() => false);
    try {
      const saved = await services.save(site);
      const granted = await asking;
      setEditing(null);
      setNotice(t(granted ? 'customSites.saved' : 'customSites.access.denied'));
      await show(saved);
    } catch {
      setNotice(t('customSites.saveFailed'));
    }
  }

  async function grant(site: CustomSite) {
    const granted = await services.requestAccess(site).catch(() => false);
    setNotice(t(granted ? 'customSites.saved' : 'customSites.access.denied'));
    setAccess({ ...access, [site.id]: granted });
  }

  async function remove(site: CustomSite) {
    if (!window.confirm(t('customSites.removeConfirm', { name: site.name }))) return;
    await show(await services.remove(site));
  }

  return (
    <section className="hs-custom-sites" aria-labelledby="custom-sites-title" data-testid="custom-sites">
      <h2 id="custom-sites-title" className="hs-custom-sites__title">
        {t('customSites.title')}
      </h2>
      <p className="hs-custom-sites__hint">{t('customSites.hint')}</p>
      {notice && (
        <p className="hs-custom-sites__notice" role="status">
          {notice}
        </p>
      )}
      {sites !== null && sites.length === 0 && <p className="hs-custom-sites__hint">{t('customSites.empty')}</p>}
      <ul className="hs-custom-sites__list">
        {(sites ?? []).map((site) => (
          <li key={site.id} data-testid="custom-site">
            <div className="hs-custom-sites__row">
              <strong>{site.name}</strong>
              <code>{site.matches.join(' ')}</code>
              <span className="hs-custom-sites__hint">{t(access[site.id] ? 'customSites.access.granted' : 'customSites.access.missing')}</span>
            </div>
            <div className="hs-custom-sites__actions">
              {!access[site.id] && (
                <button type="button" className="hs-button" onClick={() => void grant(site)}>
                  {t('customSites.grant')}
                </button>
              )}
              <button type="button" className="hs-button" onClick={() => setTrying(trying === site.id ? null : site.id)}>
                {t('customSites.try')}
              </button>
              <button type="button" className="hs-button" onClick={() => setEditing({ site })}>
                {t('customSites.edit')}
              </button>
              <button type="button" className="hs-button" onClick={() => void remove(site)}>
                {t('customSites.remove')}
              </button>
            </div>
            {trying === site.id && <CustomSiteTry site={site} services={services} />}
          </li>
        ))}
      </ul>
      {editing ? (
        <CustomSiteForm key={editing.site?.id ?? 'new'} site={editing.site} onSubmit={(site) => void grantAndSave(site)} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" className="hs-button" onClick={() => setEditing({ site: null })} data-testid="custom-site-add">
          {t('customSites.add')}
        </button>
      )}
    </section>
  );
}
