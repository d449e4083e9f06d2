import { Alert, Button, Popconfirm, Select, Space, Typography } from 'antd';
import type { InstalledPack } from '../../../utils/schemas/pack';
import { bumpVersion } from '../../../utils/team-review/next-pack-version';
import type { DraftView } from '../../../utils/team-draft/draft-store';
import { useI18n } from '../../console/use-console-i18n';

export type LibraryMode = 'personal' | 'draft';

/**
 * Which of the two ways of editing is on, said plainly: 我的话术 (the agent's own phrases and
 * personal edits, this browser only) or 团队话术包草稿 (a draft of a team pack, with its count of
 * unpublished changes, 发布新版本, 撤销 and 放弃草稿).
 */
export function ModeBar({
  mode,
  onMode,
  teamPacks,
  packId,
  onPack,
  draft,
  busy,
  onPublish,
  onUndo,
  onDiscard,
  personalLabel,
  personalHint,
}: {
  mode: LibraryMode;
  onMode: (mode: LibraryMode) => void;
  teamPacks: readonly InstalledPack[];
  packId: string;
  onPack: (packId: string) => void;
  draft: DraftView | null;
  busy: boolean;
  onPublish: () => void;
  onUndo: () => void;
  onDiscard: () => void;
  /** What the first mode is called where it is not 我的话术 (商品: the installed products, read-only). */
  personalLabel?: string;
  personalHint?: string;
}) {
  const { t } = useI18n();
  const changes = draft?.changes.length ?? 0;
  return (
    <div className="hs-library-mode" data-testid="library-mode" data-mode={mode}>
      <Space wrap>
        <Typography.Text id="library-mode-label" strong>
          {t('console.library.mode.label')}
        </Typography.Text>
        {/* Two toggle buttons rather than radios: each is its own Tab stop, so the switch is reached and said plainly. */}
        <Space.Compact role="group" aria-labelledby="library-mode-label">
          <Button type={mode === 'personal' ? 'primary' : 'default'} aria-pressed={mode === 'personal'} data-testid="library-mode-personal" onClick={() => onMode('personal')}>
            {personalLabel ?? t('console.library.mode.personal')}
          </Button>
          <Button type={mode === 'draft' ? 'primary' : 'default'} aria-pressed={mode === 'draft'} data-testid="library-mode-draft" onClick={() => onMode('draft')}>
            {t('console.library.mode.draft')}
          </Button>
        </Space.Compact>
        {mode === 'draft' && teamPacks.length > 0 && (
          <Select
            aria-label={t('console.library.draft.pack')}
            data-testid="library-draft-pack"
            value={packId}
            style={{ minWidth: 220 }}
            onChange={onPack}
            options={teamPacks.map((pack) => ({ value: pack.id, label: `${pack.name} ${pack.version}` }))}
          />
        )}
      </Space>
      {mode === 'personal' && <Alert type="info" showIcon title={personalHint ?? t('console.library.personalHint')} className="hs-library-mode__banner" />}
      {mode === 'draft' && teamPacks.length === 0 && <Alert type="warning" showIcon title={t('console.library.draft.noPacks')} className="hs-library-mode__banner" />}
      {mode === 'draft' && draft && (
        <Alert
          type={changes > 0 ? 'warning' : 'info'}
          showIcon
          className="hs-library-mode__banner"
          data-testid="library-draft-banner"
          data-changes={changes}
          title={t('console.library.draft.banner', { name: draft.base.name, version: draft.base.version, count: changes })}
          description={
            draft.baseVersion !== draft.base.version ? t('console.library.draft.rebased', { baseVersion: draft.baseVersion, version: draft.base.version }) : undefined
          }
          action={
            <Space wrap>
              <Button
                type="primary"
                data-testid="library-draft-publish"
                disabled={changes === 0 || busy}
                loading={busy}
                title={t('console.library.draft.publishHint', { version: bumpVersion(draft.base.version) })}
                onClick={onPublish}
              >
                {t('console.library.draft.publish')}
              </Button>
              <Button data-testid="library-draft-undo" disabled={changes === 0 || busy} onClick={onUndo}>
                {t('console.library.draft.undo')}
              </Button>
              <Popconfirm
                title={t('console.library.draft.confirmDiscard', { count: changes })}
                okText={t('console.library.draft.confirm')}
                cancelText={t('console.library.draft.cancel')}
                onConfirm={onDiscard}
                disabled={changes === 0 || busy}
              >
                <Button danger data-testid="library-draft-discard" disabled={changes === 0 || busy}>
                  {t('console.library.draft.discard')}
                </Button>
              </Popconfirm>
            </Space>
          }
        />
      )}
    </div>
  );
}
