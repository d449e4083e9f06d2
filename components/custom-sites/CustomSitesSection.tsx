import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Flex, Modal, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useI18n } from '../console/use-console-i18n';
import { filterBySearch } from '../../utils/console-sections/table-search';
import type { CustomSite } from '../../utils/schemas/custom-site';
import { ConsoleSection } from '../console-section/ConsoleSection';
import { rowAttributes } from '../console-section/row-attributes';
import { consolePagination } from '../console-section/console-pagination';
import { CustomSiteForm } from './CustomSiteForm';
import { CustomSiteTry } from './CustomSiteTry';
import { browserCustomSitesServices, type CustomSitesServices } from './custom-sites-services';
import './custom-sites.css';
import { TableSearch } from '../console-section/TableSearch';

type Editing = { site: CustomSite | null } | null;
type Notice = { kind: 'success' | 'warning' | 'error'; text: string };

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
  const [notice, setNotice] = useState<Notice | null>(null);
  const [query, setQuery] = useState('');
  const [modal, modalHolder] = Modal.useModal();

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
      setNotice(granted ? { kind: 'success', text: t('customSites.saved') } : { kind: 'warning', text: t('customSites.access.denied') });
      await show(saved);
    } catch {
      setNotice({ kind: 'error', text: t('customSites.saveFailed') });
    }
  }

  async function grant(site: CustomSite) {
    const granted = await services.requestAccess(site).catch(() => false);
    setNotice(granted ? { kind: 'success', text: t('customSites.saved') } : { kind: 'warning', text: t('customSites.access.denied') });
    setAccess({ ...access, [site.id]: granted });
  }

  function confirmRemove(site: CustomSite) {
    void modal.confirm({
      title: t('customSites.removeConfirm', { name: site.name }),
      okText: t('customSites.remove'),
      okButtonProps: { danger: true },
      onOk: async () => {
        if (trying === site.id) setTrying(null);
        await show(await services.remove(site));
      },
    });
  }

  const shown = filterBySearch(sites ?? [], query, (site) => [site.name, ...site.matches]);
  const columns: TableColumnsType<CustomSite> = [
    { key: 'name', title: t('customSites.field.name'), render: (_, site) => <Typography.Text strong>{site.name}</Typography.Text> },
    {
      key: 'matches',
      title: t('console.sections.sites.column.pattern'),
      render: (_, site) => <code className="hs-console-code">{site.matches.join(' ')}</code>,
    },
    {
      key: 'access',
      title: t('console.sections.sites.column.access'),
      render: (_, site) =>
        access[site.id] ? (
          <Tag color="green">{t('customSites.access.granted')}</Tag>
        ) : (
          <Flex vertical gap={2} align="flex-start">
            <Tag color="orange">{t('console.sections.sites.accessMissing')}</Tag>
            <Typography.Text type="secondary" className="hs-custom-sites__note">
              {t('console.sections.sites.accessMissingNote')}
            </Typography.Text>
          </Flex>
        ),
    },
    {
      key: 'actions',
      title: t('options.packs.column.actions'),
      render: (_, site) => (
        <Flex gap="small" wrap>
          {!access[site.id] && (
            <Button size="small" type="primary" onClick={() => void grant(site)}>
              {t('customSites.grant')}
            </Button>
          )}
          <Button size="small" aria-expanded={trying === site.id} onClick={() => setTrying(trying === site.id ? null : site.id)}>
            {t('customSites.try')}
          </Button>
          <Button size="small" onClick={() => setEditing({ site })}>
            {t('customSites.edit')}
          </Button>
          <Button size="small" danger onClick={() => confirmRemove(site)}>
            {t('customSites.remove')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <ConsoleSection
      id="custom-sites"
      title={t('customSites.title')}
      intro={t('customSites.hint')}
      testId="custom-sites"
      extra={
        editing ? null : (
          <Button type="primary" onClick={() => setEditing({ site: null })} data-testid="custom-site-add">
            {t('customSites.add')}
          </Button>
        )
      }
    >
      {modalHolder}
      {notice && <Alert type={notice.kind} role={notice.kind === 'error' ? 'alert' : 'status'} title={notice.text} />}
      {editing && (
        <CustomSiteForm key={editing.site?.id ?? 'new'} site={editing.site} onSubmit={(site) => void grantAndSave(site)} onCancel={() => setEditing(null)} />
      )}
      <Card>
        <div className="hs-console-toolbar">
          <TableSearch label={t('console.sections.sites.search')} value={query} onChange={setQuery} testId="custom-site-search" disabled={(sites ?? []).length === 0} />
        </div>
        <Table<CustomSite>
          data-testid="custom-site-list"
          rowKey="id"
          size="middle"
          loading={sites === null}
          columns={columns}
          dataSource={shown}
          locale={{ emptyText: (sites ?? []).length === 0 ? t('customSites.empty') : t('console.sections.noMatch', { query: query.trim() }) }}
          pagination={consolePagination(t)}
          expandable={{
            showExpandColumn: false,
            expandedRowKeys: trying === null ? [] : [trying],
            expandedRowRender: (site) => <CustomSiteTry site={site} services={services} />,
          }}
          onRow={() => rowAttributes({ 'data-testid': 'custom-site' })}
        />
      </Card>
    </ConsoleSection>
  );
}
