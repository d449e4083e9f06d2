import { useState } from 'react';
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { AgentReportExport } from '../../console/team/AgentReportExport';
import { useI18n } from '../../console/use-console-i18n';
import { FilePickButton } from '../../console/import/FilePickButton';
import { downloadFile } from '../download-file';
import type { OptionsServices } from '../options-services';

type Outcome = { type: 'success' | 'error'; text: string };

/** 备份 / 恢复备份: the whole library as one JSON file, and back (all or nothing). */
export function BackupControls({ services, onRestored }: { services: OptionsServices; onRestored: () => Promise<void> }) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function backup() {
    downloadFile(await services.call('backup'));
  }

  async function exportAgentData(what: 'personal') {
    for (const file of await services.call('exportAgentData', { what, format: 'csv' })) downloadFile(file);
  }

  function restore(file: File) {
    modal.confirm({
      title: t('options.backup.restore'),
      content: t('options.backup.confirmRestore'),
      okText: t('console.backup.restoreOk'),
      okButtonProps: { danger: true },
      onOk: async () => {
        const result = await services.call('restore', { text: await file.text() });
        setOutcome(
          result.status === 'restored'
            ? { type: 'success', text: t('options.backup.restored') }
            : { type: 'error', text: t('console.backup.restoreFailed', { reason: result.message }) },
        );
        await onRestored();
      },
    });
  }

  return (
    <Card title={t('options.backup.title')} size="small" className="hs-packs-backup">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('console.backup.intro')}</Typography.Text>
        <Space wrap>
          <Button data-testid="backup" onClick={() => void backup()}>
            {t('options.backup.download')}
          </Button>
          <FilePickButton accept=".json,application/json" testId="restore-file" onFile={restore}>
            {t('options.backup.restore')}
          </FilePickButton>
          <Button onClick={() => void exportAgentData('personal')}>{t('options.backup.exportPersonal')}</Button>
        </Space>
        {outcome && <Alert type={outcome.type} showIcon role={outcome.type === 'error' ? 'alert' : 'status'} data-testid="backup-outcome" title={outcome.text} />}
        <AgentReportExport services={services} />
      </Space>
    </Card>
  );
}
