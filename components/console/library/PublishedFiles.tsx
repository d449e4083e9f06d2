import { Alert, Button, Space } from 'antd';
import { packToJson } from '../../../utils/packs/pack-to-csv';
import { packToXlsx } from '../../../utils/packs/pack-to-xlsx';
import { XLSX_MIME_TYPE } from '../../../utils/packs/write-xlsx';
import type { Pack } from '../../../utils/schemas/pack';
import { useI18n } from '../../console/use-console-i18n';
import { downloadBlob, downloadFile } from '../../options/download-file';

/** The version just published, as the files the team's subscription host serves: JSON (everything) and XLSX (the phrase sheet). */
export function PublishedFiles({ pack, onClose }: { pack: Pack; onClose: () => void }) {
  const { t } = useI18n();
  const base = `${pack.id}-${pack.version}`;
  return (
    <Alert
      type="success"
      showIcon
      closable={{ 'aria-label': t('console.library.inline.cancel'), onClose }}
      data-testid="library-published"
      data-version={pack.version}
      title={t('console.library.published.title', { version: pack.version })}
      description={t('console.library.draft.published', { name: pack.name, version: pack.version })}
      action={
        <Space direction="vertical">
          <Button data-testid="published-json" onClick={() => downloadFile({ fileName: `${base}.json`, mimeType: 'application/json', text: packToJson(pack) })}>
            {t('console.library.draft.exportJson', { version: pack.version })}
          </Button>
          <Button data-testid="published-xlsx" onClick={() => downloadBlob(new Blob([packToXlsx(pack).slice().buffer], { type: XLSX_MIME_TYPE }), `${base}.xlsx`)}>
            {t('console.library.draft.exportXlsx', { version: pack.version })}
          </Button>
        </Space>
      }
    />
  );
}
