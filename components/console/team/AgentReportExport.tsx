import { Button, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { loadReportName, saveReportName } from '../../../utils/settings/report-name-store';
import { useI18n } from '../../console/use-console-i18n';
import { downloadFile } from '../../options/download-file';
import type { OptionsServices } from '../../options/options-services';

/**
 * 导出我的报告: the agent's side of team review. The JSON file is what the lead's 团队审核 merges
 * (usage, outcomes, 仍然发送, flags, practice scores — never chat text); the CSV files are the same
 * for Excel. The name is remembered so a newer report replaces the older one on the lead's side.
 */
export function AgentReportExport({ services }: { services: OptionsServices }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void loadReportName().then((saved) => {
      if (current) setName((typed) => typed || saved);
    });
    return () => {
      current = false;
    };
  }, []);

  async function exportReport(format: 'json' | 'csv') {
    try {
      const agent = name.trim();
      await saveReportName(agent);
      const files = await services.call('exportAgentData', { what: 'report', format, ...(agent ? { agent } : {}) });
      for (const file of files) downloadFile(file);
      setMessage(t('teamConsole.report.exported', { files: files.map((file) => file.fileName).join('、') }));
    } catch (error) {
      setMessage(t('teamConsole.report.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  return (
    <div className="hs-options-subsection" data-testid="agent-report-export">
      <h3>{t('teamConsole.report.title')}</h3>
      <p className="hs-options-muted">{t('teamConsole.report.help')}</p>
      <Space wrap>
        <Input
          value={name}
          maxLength={80}
          aria-label={t('teamConsole.report.name')}
          placeholder={t('teamConsole.report.name')}
          data-testid="agent-report-name"
          style={{ width: 220 }}
          onChange={(event) => setName(event.target.value)}
        />
        <Button type="primary" data-testid="agent-report-json" onClick={() => void exportReport('json')}>
          {t('teamConsole.report.export')}
        </Button>
        <Button data-testid="agent-report-csv" onClick={() => void exportReport('csv')}>
          {t('teamConsole.report.exportCsv')}
        </Button>
      </Space>
      {message && <p role="status">{message}</p>}
    </div>
  );
}
