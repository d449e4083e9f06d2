import { Button, Input, Space, Typography, Upload } from 'antd';
import { useI18n } from '../../console/use-console-i18n';
import { formatBytes } from '../../../utils/packs/limits';
import { downloadImportTemplate } from './download-template';
import { FilePickButton } from './FilePickButton';

export interface SheetFields {
  id: string;
  name: string;
  version: string;
}

const ACCEPT = '.xlsx,.csv,.json';
const SPREADSHEET = /\.(csv|xlsx)$/i;
const CSV_FILE = /\.(csv|tsv|txt)$/i;
const FIELDS = ['id', 'name', 'version'] as const;

/**
 * Step 1: drop a file on the box or choose it with the button (both end in `onFile`), and for a
 * spreadsheet, which has no room for them, the pack's id, name and version.
 */
export function UploadStep({
  file,
  productsFile,
  fields,
  onFile,
  onProductsFile,
  onFields,
}: {
  file: File | null;
  /** The products sheet as a second CSV file, offered once the phrase file is a CSV. */
  productsFile: File | null;
  fields: SheetFields;
  onFile: (file: File) => void;
  onProductsFile: (file: File) => void;
  onFields: (fields: SheetFields) => void;
}) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {/* No `accept` here: a dropped .xls or .numbers reaches the importer, which says why it cannot read it, instead of being ignored. */}
      <Upload.Dragger
        multiple={false}
        showUploadList={false}
        beforeUpload={(dropped) => {
          onFile(dropped);
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-text">{t('console.import.dropTitle')}</p>
        <p className="ant-upload-hint">{t('console.import.dropHint')}</p>
      </Upload.Dragger>
      <Space wrap>
        <FilePickButton accept={ACCEPT} testId="import-file" onFile={onFile}>
          {t('console.import.chooseFile')}
        </FilePickButton>
        {file && (
          <Typography.Text data-testid="import-chosen">{t('console.import.chosen', { name: file.name, size: formatBytes(file.size) })}</Typography.Text>
        )}
      </Space>
      {file && CSV_FILE.test(file.name) && (
        <Space wrap>
          <FilePickButton accept=".csv,.tsv,.txt" testId="import-products-file" onFile={onProductsFile}>
            {t('console.import.chooseProductsFile')}
          </FilePickButton>
          <Typography.Text type={productsFile ? undefined : 'secondary'} data-testid="import-products-chosen">
            {productsFile ? t('console.import.chosen', { name: productsFile.name, size: formatBytes(productsFile.size) }) : t('console.import.productsFileHint')}
          </Typography.Text>
        </Space>
      )}
      <Typography.Text type="secondary">
        {t('console.import.templateHint')}{' '}
        <Button type="link" size="small" data-testid="import-download-template" onClick={downloadImportTemplate}>
          {t('console.packs.downloadTemplate')}
        </Button>
      </Typography.Text>
      {file && SPREADSHEET.test(file.name) && (
        <fieldset className="hs-import-fields">
          <legend>{t('options.import.sheetFields')}</legend>
          {FIELDS.map((field) => (
            <label key={field} className="hs-import-field">
              <span>{t(`options.import.field.${field}`)}</span>
              <Input
                data-testid={`import-${field}`}
                value={fields[field]}
                placeholder={t(`options.import.default.${field}`)}
                onChange={(event) => onFields({ ...fields, [field]: event.currentTarget.value })}
              />
            </label>
          ))}
        </fieldset>
      )}
    </Space>
  );
}
