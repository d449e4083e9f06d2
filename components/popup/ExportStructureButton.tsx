import { useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { pageStructureFileName, pageStructureFileText } from '../../utils/diagnostics/page-structure-file';
import type { PageStructureExport } from '../../utils/schemas/page-health';

type Phase = { kind: 'ready' } | { kind: 'exporting' } | { kind: 'saved'; fileName: string } | { kind: 'failed' };

/**
 * 导出页面结构: asks the chat tab for its structure-only snapshot and saves it as a JSON file,
 * for the agent to send to whoever maintains the extension.
 */
export function ExportStructureButton({
  exportStructure,
  saveFile,
}: {
  exportStructure: () => Promise<PageStructureExport>;
  saveFile: (fileName: string, text: string) => void;
}) {
  const { t } = useI18n();
  const [phase, setPhase] = useState<Phase>({ kind: 'ready' });

  async function run() {
    setPhase({ kind: 'exporting' });
    try {
      const exported = await exportStructure();
      const fileName = pageStructureFileName(exported.client, new Date());
      saveFile(fileName, pageStructureFileText(exported));
      setPhase({ kind: 'saved', fileName });
    } catch {
      setPhase({ kind: 'failed' });
    }
  }

  return (
    <span className="hs-popup__export">
      <button type="button" className="hs-button" data-testid="export-page-structure" disabled={phase.kind === 'exporting'} onClick={() => void run()}>
        {phase.kind === 'exporting' ? t('pageHealth.exporting') : t('pageHealth.export')}
      </button>
      {phase.kind === 'saved' ? (
        <span className="hs-popup__note" role="status" data-testid="page-structure-saved">
          {t('pageHealth.exported', { fileName: phase.fileName })}
        </span>
      ) : null}
      {phase.kind === 'failed' ? (
        <span className="hs-popup__note" role="alert">
          {t('pageHealth.exportFailed')}
        </span>
      ) : null}
    </span>
  );
}
