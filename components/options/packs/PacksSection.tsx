import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider';
import type { InstalledPack } from '../../../utils/schemas/pack';
import { downloadFile } from '../download-file';
import type { OptionsServices } from '../options-services';
import { useLibraryStatus } from '../use-library-status';
import { BackupControls } from './BackupControls';
import { ImportDialog } from './ImportDialog';

function formatTime(epochMs: number | undefined, lang: string): string {
  return epochMs === undefined ? '—' : new Date(epochMs).toLocaleString(lang);
}

/** 话术包: what is installed, and the lead's import / export / backup tools. */
export function PacksSection({ services }: { services: OptionsServices }) {
  const { t, lang } = useI18n();
  const { status, failed, refresh } = useLibraryStatus(services);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  async function remove(pack: InstalledPack) {
    if (!window.confirm(t('options.packs.confirmRemove', { name: pack.name }))) return;
    await services.call('removePack', { packId: pack.id });
    setNotice(t('options.packs.removed', { name: pack.name }));
    await refresh();
  }

  async function restoreDefault() {
    await services.call('restoreDefaultPack');
    setNotice(t('options.packs.defaultRestored'));
    await refresh();
  }

  async function exportPack(pack: InstalledPack, format: 'json' | 'csv') {
    downloadFile(await services.call('exportPack', { packId: pack.id, format }));
  }

  return (
    <section className="hs-options-section" aria-labelledby="packs-title">
      <header className="hs-options-section__header">
        <h2 id="packs-title">{t('options.section.packs')}</h2>
        <div className="hs-options-actions">
          <button type="button" className="hs-button hs-button--primary" data-testid="open-import" onClick={() => setImporting(true)}>
            {t('options.packs.import')}
          </button>
          <button type="button" className="hs-button" data-testid="restore-default-pack" onClick={() => void restoreDefault()}>
            {t('options.packs.restoreDefault')}
          </button>
        </div>
      </header>
      {notice && (
        <p role="status" className="hs-options-notice" data-testid="packs-notice">
          {notice}
        </p>
      )}
      {failed && <p role="alert">{t('options.libraryUnavailable')}</p>}
      {status && (
        <p className="hs-options-muted" data-testid="library-phrase-count">
          {t('options.packs.phraseCount', { count: status.phraseCount })}
        </p>
      )}
      {status && status.packs.length === 0 && <p data-testid="packs-empty">{t('options.packs.empty')}</p>}
      {status && status.packs.length > 0 && (
        <table className="hs-options-table" data-testid="installed-packs">
          <thead>
            <tr>
              <th scope="col">{t('options.packs.column.name')}</th>
              <th scope="col">{t('options.packs.column.version')}</th>
              <th scope="col">{t('options.packs.column.source')}</th>
              <th scope="col">{t('options.packs.column.updated')}</th>
              <th scope="col">{t('options.packs.column.locked')}</th>
              <th scope="col">{t('options.packs.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {status.packs.map((pack) => (
              <tr key={pack.id} data-testid="installed-pack" data-pack-id={pack.id} data-version={pack.version}>
                <td>
                  {pack.name}
                  <div className="hs-options-muted">{pack.id}</div>
                </td>
                <td>{pack.version}</td>
                <td>{pack.source ?? '—'}</td>
                <td>{formatTime(pack.updatedAt ?? pack.installedAt, lang)}</td>
                <td>{t('options.packs.lockedCounts', { phrases: pack.locked.phrases.length, rules: pack.locked.rules.length })}</td>
                <td className="hs-options-actions">
                  <button type="button" className="hs-button" onClick={() => void exportPack(pack, 'json')}>
                    {t('options.packs.exportJson')}
                  </button>
                  <button type="button" className="hs-button" onClick={() => void exportPack(pack, 'csv')}>
                    {t('options.packs.exportCsv')}
                  </button>
                  <button type="button" className="hs-button hs-button--danger" onClick={() => void remove(pack)}>
                    {t('options.packs.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <BackupControls services={services} onRestored={refresh} />
      {importing && (
        <ImportDialog
          services={services}
          onClose={() => setImporting(false)}
          onImported={(message) => {
            setImporting(false);
            setNotice(message);
            void refresh();
          }}
        />
      )}
    </section>
  );
}
