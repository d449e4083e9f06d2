import { useRef, useState } from 'react';
import { AgentReportExport } from '../../console/team/AgentReportExport';
import { useI18n } from '../../i18n/i18n-provider';
import { downloadFile } from '../download-file';
import type { OptionsServices } from '../options-services';

/** 备份 / 恢复备份: the whole library as one JSON file, and back (all or nothing). */
export function BackupControls({ services, onRestored }: { services: OptionsServices; onRestored: () => Promise<void> }) {
  const { t } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function backup() {
    downloadFile(await services.call('backup'));
  }

  async function exportAgentData(what: 'personal') {
    for (const file of await services.call('exportAgentData', { what, format: 'csv' })) downloadFile(file);
  }

  async function restore(file: File) {
    if (!window.confirm(t('options.backup.confirmRestore'))) return;
    const result = await services.call('restore', { text: await file.text() });
    setMessage(result.status === 'restored' ? t('options.backup.restored') : result.message);
    await onRestored();
  }

  return (
    <div className="hs-options-subsection">
      <h3>{t('options.backup.title')}</h3>
      <div className="hs-options-actions">
        <button type="button" className="hs-button" data-testid="backup" onClick={() => void backup()}>
          {t('options.backup.download')}
        </button>
        <label className="hs-button">
          {t('options.backup.restore')}
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="hs-options-file"
            data-testid="restore-file"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void restore(file);
            }}
          />
        </label>
        <button type="button" className="hs-button" onClick={() => void exportAgentData('personal')}>
          {t('options.backup.exportPersonal')}
        </button>
      </div>
      {message && <p role="status">{message}</p>}
      <AgentReportExport services={services} />
    </div>
  );
}
