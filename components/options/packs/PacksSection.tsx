import { useEffect, useState } from 'react';
import { Alert, App, Button, Space, Typography } from 'antd';
import { useI18n } from '../../console/use-console-i18n';
import { packPhraseCounts, packProductCounts } from '../../../utils/library/pack-phrase-counts';
import type { InstalledPack } from '../../../utils/schemas/installed-pack';
import { downloadImportTemplate } from '../../console/import/download-template';
import type { OptionsServices } from '../options-services';
import { useLibraryStatus } from '../use-library-status';
import { BackupControls } from './BackupControls';
import { downloadPackExport, type PackExportFormat } from './export-pack';
import { ImportDialog } from './ImportDialog';
import { PacksTable } from './PacksTable';
import './packs.css';

type Notice = { type: 'success' | 'error'; text: string };

/** 话术包: what is installed, and the lead's import / export / backup tools. */
export function PacksSection({ services }: { services: OptionsServices }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { status, failed, refresh } = useLibraryStatus(services);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [phraseCounts, setPhraseCounts] = useState<Record<string, number>>({});
  const [productCounts, setProductCounts] = useState<Record<string, number>>({});

  // useLibraryStatus keeps the same object until something changed (an import, a removal, an edit in another tab): count again then.
  useEffect(() => {
    if (!status) return;
    let current = true;
    const ids = status.packs.map((pack) => pack.id);
    Promise.resolve()
      .then(() => Promise.all([packPhraseCounts(services.library(), ids), packProductCounts(services.library(), ids)]))
      .then(
        ([phrases, products]) => {
          if (!current) return;
          setPhraseCounts(phrases);
          setProductCounts(products);
        },
        () => {
          if (!current) return;
          setPhraseCounts({});
          setProductCounts({});
        },
      );
    return () => {
      current = false;
    };
  }, [services, status]);

  async function remove(pack: InstalledPack) {
    await services.call('removePack', { packId: pack.id });
    setNotice({ type: 'success', text: t('options.packs.removed', { name: pack.name }) });
    await refresh();
  }

  async function restoreDefault() {
    await services.call('restoreDefaultPack');
    setNotice({ type: 'success', text: t('options.packs.defaultRestored') });
    await refresh();
  }

  async function exportPack(pack: InstalledPack, format: PackExportFormat) {
    try {
      await downloadPackExport(services, pack.id, format);
    } catch (error) {
      setNotice({ type: 'error', text: t('console.packs.exportFailed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  }

  function downloadTemplate() {
    downloadImportTemplate();
    void message.success(t('console.packs.templateReady'));
  }

  return (
    <section className="hs-options-section hs-packs" aria-labelledby="packs-title">
      <header className="hs-options-section__header">
        <Typography.Title level={2} id="packs-title">
          {t('options.section.packs')}
        </Typography.Title>
        <Space wrap>
          <Button type="primary" data-testid="open-import" onClick={() => setImporting(true)}>
            {t('options.packs.import')}
          </Button>
          <Button data-testid="download-template" onClick={downloadTemplate}>
            {t('console.packs.downloadTemplate')}
          </Button>
          <Button data-testid="restore-default-pack" onClick={() => void restoreDefault()}>
            {t('options.packs.restoreDefault')}
          </Button>
        </Space>
      </header>
      <Typography.Paragraph type="secondary">{t('console.packs.intro')}</Typography.Paragraph>
      {notice && <Alert type={notice.type} showIcon role={notice.type === 'error' ? 'alert' : 'status'} data-testid="packs-notice" title={notice.text} />}
      {failed && <Alert type="error" showIcon title={t('options.libraryUnavailable')} />}
      {status && (
        <Typography.Paragraph type="secondary" data-testid="library-phrase-count">
          {t('options.packs.phraseCount', { count: status.phraseCount })}
        </Typography.Paragraph>
      )}
      {status && <PacksTable packs={status.packs} phraseCounts={phraseCounts} productCounts={productCounts} onExport={(pack, format) => void exportPack(pack, format)} onRemove={remove} />}
      <BackupControls services={services} onRestored={refresh} />
      {importing && (
        <ImportDialog
          services={services}
          categories={status?.categories ?? []}
          onClose={() => setImporting(false)}
          onImported={(text) => {
            setNotice({ type: 'success', text });
            void refresh();
          }}
        />
      )}
    </section>
  );
}
