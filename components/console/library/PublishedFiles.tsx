import { Alert, Button, Space } from 'antd';
import { packToJson, packToRows } from '../../../utils/packs/pack-to-csv';
import { rowsToXlsx } from '../../../utils/packs/rows-to-xlsx';
import type { Pack } from '../../../utils/schemas/pack';
import { useI18n } from '../../i18n/i18n-provider';
import { downloadFile } from '../../options/download-file';
import { downloadBytes } from './download-bytes';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
          <Button data-testid="published-xlsx" onClick={() => downloadBytes(rowsToXlsx(packToRows(pack), pack.name), `${base}.xlsx`, XLSX_MIME)}>
            {t('console.library.draft.exportXlsx', { version: pack.version })}
          </Button>
        </Space>
      }
    />
  );
}
