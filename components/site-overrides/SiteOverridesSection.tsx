import { useState } from 'react';
import { Alert, Button, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { RESERVED_PACK_IDS } from '../../utils/library/preview-import';
import { builtInAdapterVersion, isOverridableClient } from '../../utils/schemas/site-lists';
import { mirroredOverridesOf, siteOverrideState, type MirroredSiteOverride, type SiteOverride } from '../../utils/schemas/site-override';
import { ConsoleSection } from '../console-section/ConsoleSection';
import { rowAttributes } from '../console-section/row-attributes';
import { DraftBrokenAlert } from '../console/library/DraftBrokenAlert';
import { ModeBar, type LibraryMode } from '../console/library/ModeBar';
import { PublishedFiles } from '../console/library/PublishedFiles';
import { useDraftActions, type DraftNotice } from '../console/library/use-draft-actions';
import { useTeamDraft } from '../console/library/use-team-draft';
import { useI18n } from '../console/use-console-i18n';
import type { OptionsServices } from '../options/options-services';
import { useLibraryStatus } from '../options/use-library-status';
import { SiteOverrideForm } from './SiteOverrideForm';
import { browserSiteOverridesServices, type SiteOverridesServices } from './site-overrides-services';
import '../console/library/library-console.css';
import './site-overrides.css';

/**
 * 选择器替换: the selector overrides packs carry. Installed: every pack's overrides with their
 * client, lists, pack, version and whether this extension uses them (read-only: they come and go
 * with their pack). In the draft of a team pack the lead writes one with the form (试一试 on an
 * open tab of the client), removes one, and publishes them with the rest through 发布新版本.
 */
export function SiteOverridesSection({ services, overrides = browserSiteOverridesServices }: { services: OptionsServices; overrides?: SiteOverridesServices }) {
  const { t } = useI18n();
  const { status, refresh } = useLibraryStatus(services);
  const [mode, setMode] = useState<LibraryMode>('personal');
  const [packChoice, setPackChoice] = useState('');
  const [notice, setNotice] = useState<DraftNotice | null>(null);

  const teamPacks = (status?.packs ?? []).filter((pack) => !RESERVED_PACK_IDS.has(pack.id));
  const withOverrides = teamPacks.find((pack) => pack.siteOverrides.length > 0);
  const draftPackId = teamPacks.some((pack) => pack.id === packChoice) ? packChoice : ((withOverrides ?? teamPacks[0])?.id ?? '');
  const draft = useTeamDraft(services, mode === 'draft' ? draftPackId : '', status?.libraryVersion);
  const draftView = mode === 'draft' ? draft.view : null;
  const { changeDraft, undoDraft, publish, discard, published, closePublished, busy } = useDraftActions(draft, setNotice, refresh);

  const rows: MirroredSiteOverride[] = draftView
    ? mirroredOverridesOf([draftView.draft])
    : mode === 'draft'
      ? []
      : mirroredOverridesOf(status?.packs ?? []);
  const clientName = (client: string) => (isOverridableClient(client) ? t(`console.overrides.client.${client}`) : client);

  async function save(override: SiteOverride): Promise<string | null> {
    const problem = await changeDraft({ kind: 'override-put', override }, (count) => t('console.overrides.saved', { client: clientName(override.client), count }));
    return problem?.message ?? null;
  }

  const columns: TableColumnsType<MirroredSiteOverride> = [
    { key: 'client', title: t('console.overrides.column.client'), render: (_, row) => `${clientName(row.override.client)} (${row.override.client})` },
    {
      key: 'lists',
      title: t('console.overrides.column.lists'),
      render: (_, row) => Object.keys(row.override.lists).map((name) => <Tag key={name}>{name}</Tag>),
    },
    { key: 'pack', title: t('console.overrides.column.pack'), render: (_, row) => `${row.packName} ${row.packVersion}` },
    {
      key: 'version',
      title: t('console.overrides.column.version'),
      render: (_, row) => t('console.overrides.version', { written: row.override.adapterVersion, builtIn: builtInAdapterVersion(row.override.client) ?? '?' }),
    },
    {
      key: 'state',
      title: t('console.overrides.column.state'),
      render: (_, row) => {
        const state = siteOverrideState(row.override);
        const params = { client: clientName(row.override.client), pack: row.packName, written: row.override.adapterVersion, builtIn: builtInAdapterVersion(row.override.client) ?? '?' };
        return (
          <>
            <Tag color={state === 'active' ? 'green' : 'orange'} data-testid="override-state" data-state={state}>
              {t(`console.overrides.state.${state}`)}
            </Tag>
            {state !== 'active' && (
              <Typography.Text type="warning" data-testid="override-ignored-note">
                {t(state === 'ignored-older' ? 'console.overrides.ignoredOlder' : 'console.overrides.ignoredNewer', params)}
              </Typography.Text>
            )}
          </>
        );
      },
    },
    {
      key: 'actions',
      title: t('console.overrides.column.actions'),
      render: (_, row) =>
        draftView ? (
          <Button
            danger
            size="small"
            aria-label={t('console.overrides.removeLabel', { client: clientName(row.override.client) })}
            data-testid="override-remove"
            onClick={() => {
              const client = row.override.client;
              if (!isOverridableClient(client)) return;
              void changeDraft({ kind: 'override-delete', client }, (count) => t('console.overrides.removed', { client: clientName(client), count }));
            }}
          >
            {t('console.overrides.remove')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('console.overrides.comesWithPack', { pack: row.packName })}</Typography.Text>
        ),
    },
  ];

  return (
    <ConsoleSection id="site-overrides" title={t('options.section.siteOverrides')} intro={t('console.overrides.intro')} testId="site-overrides-section">
      <ModeBar
        mode={mode}
        onMode={(next) => {
          setMode(next);
          setNotice(null);
        }}
        teamPacks={teamPacks}
        packId={draftPackId}
        onPack={setPackChoice}
        draft={draftView}
        busy={busy}
        onPublish={() => void publish()}
        onUndo={() => void undoDraft()}
        onDiscard={discard}
        personalLabel={t('console.overrides.mode.installed')}
        personalHint={t('console.overrides.installedHint')}
      />
      {published && <PublishedFiles pack={published} onClose={closePublished} />}
      {mode === 'draft' && draft.error && <DraftBrokenAlert error={draft.error} onDiscard={discard} testId="overrides-draft-broken" />}
      {notice && (
        <Typography.Text role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="overrides-message" type={notice.kind === 'error' ? 'danger' : 'success'}>
          {notice.text}
        </Typography.Text>
      )}
      <Alert type="info" showIcon title={t('console.overrides.reloadNote')} className="hs-site-overrides__reload" />
      <Table<MirroredSiteOverride>
        rowKey={(row) => `${row.packId}/${row.override.client}`}
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('console.overrides.empty') }}
        data-testid="site-overrides-table"
        onRow={(row) => rowAttributes({ 'data-testid': 'site-override-row', 'data-client': row.override.client, 'data-pack': row.packId })}
      />
      {draftView ? (
        <SiteOverrideForm existing={draftView.draft.siteOverrides} services={overrides} onSave={save} />
      ) : (
        mode === 'personal' && <Typography.Paragraph type="secondary">{t('console.overrides.form.needDraft')}</Typography.Paragraph>
      )}
    </ConsoleSection>
  );
}
