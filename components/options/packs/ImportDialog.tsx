import { useState } from 'react';
import { Alert, Button, Modal, Space, Steps } from 'antd';
import { useI18n } from '../../console/use-console-i18n';
import type { ImportProblem } from '../../../utils/packs/import-problem';
import type { CommitImportResult, PreviewImportResult } from '../../../utils/packs/import-protocol';
import { importChoices } from '../../../utils/packs/preview-rows';
import type { Category } from '../../../utils/schemas/category';
import { InvalidRowsTable } from '../../console/import/PreviewTables';
import { UploadStep, type SheetFields } from '../../console/import/UploadStep';
import type { OptionsServices } from '../options-services';
import { fileAsBase64 } from '../read-file';
import { ImportPreviewView } from './ImportPreviewView';

/** A CSV phrase sheet may come with a second CSV file: its products. */
const CSV_FILE = /\.(csv|tsv|txt)$/i;

type Previewed = Extract<PreviewImportResult, { ok: true }>;
type Refusal = Extract<CommitImportResult, { status: 'refused' }>;
type Committed = Extract<CommitImportResult, { status: 'committed' }>;

/** A refusal that a fresh preview resolves (the library changed, or the worker forgot the preview). */
const STALE = new Set(['library-changed', 'preview-expired']);

/**
 * 导入话术包 as a wizard: upload → preview (the background parses and diffs; nothing is written)
 * → confirm (one all-or-nothing commit) → done. A refusal the lead can overrule (an older
 * version, invalid rows) offers that choice instead of a dead end.
 */
export function ImportDialog({
  services,
  categories,
  onClose,
  onImported,
}: {
  services: OptionsServices;
  categories: readonly Category[];
  onClose: () => void;
  onImported: (message: string) => void;
}) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [productsFile, setProductsFile] = useState<File | null>(null);
  const [fields, setFields] = useState<SheetFields>({ id: '', name: '', version: '' });
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [committed, setCommitted] = useState<Committed | null>(null);

  function choose(next: File) {
    setFile(next);
    if (!CSV_FILE.test(next.name)) setProductsFile(null);
    setProblems([]);
    setPreviewed(null);
    setRefusal(null);
  }

  async function preview() {
    if (!file) return;
    setBusy(true);
    setProblems([]);
    setPreviewed(null);
    setRefusal(null);
    try {
      const options = Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ''));
      // A CSV is one sheet: its products come as a second CSV file, when the lead chose one.
      const products = productsFile && CSV_FILE.test(file.name) ? { base64: await fileAsBase64(productsFile), fileName: productsFile.name } : undefined;
      const result = await services.call('previewImport', { file: { base64: await fileAsBase64(file), fileName: file.name, ...(products ? { products } : {}) }, options });
      if (result.ok) setPreviewed(result);
      else setProblems(result.problems);
    } catch (error) {
      setProblems([{ reason: error instanceof Error ? error.message : String(error) }]);
    } finally {
      setBusy(false);
    }
  }

  async function commit(choice: { force?: boolean; acceptInvalidRows?: boolean } = {}) {
    if (!previewed) return;
    setBusy(true);
    try {
      const result = await services.call('commitImport', {
        previewId: previewed.previewId,
        pack: previewed.pack,
        expectedLibraryVersion: previewed.preview.libraryVersion,
        source: file?.name,
        ...choice,
      });
      if (result.status === 'committed') {
        setCommitted(result);
        onImported(t('options.import.committed', { name: previewed.preview.pack.name, version: result.version }));
      } else {
        setRefusal(result);
      }
    } finally {
      setBusy(false);
    }
  }

  const step = committed ? 2 : previewed ? 1 : 0;
  const choices = previewed ? importChoices(previewed.preview, refusal?.code) : null;

  const footer =
    step === 0 ? (
      <Space>
        <Button data-testid="import-cancel" onClick={onClose}>
          {t('options.import.cancel')}
        </Button>
        <Button type="primary" data-testid="import-preview" disabled={!file} loading={busy} onClick={() => void preview()}>
          {busy ? t('options.import.reading') : t('options.import.preview')}
        </Button>
      </Space>
    ) : step === 1 && previewed && choices ? (
      <Space wrap>
        <Button disabled={busy} onClick={() => setPreviewed(null)}>
          {t('console.import.back')}
        </Button>
        <Button data-testid="import-cancel" onClick={onClose}>
          {t('options.import.cancel')}
        </Button>
        {refusal && STALE.has(refusal.code) && (
          <Button data-testid="import-preview-again" loading={busy} onClick={() => void preview()}>
            {t('console.import.previewAgain')}
          </Button>
        )}
        {choices.confirm && (
          <Button type="primary" data-testid="import-confirm" loading={busy} disabled={!previewed.preview.canCommit} onClick={() => void commit()}>
            {t('options.import.confirm')}
          </Button>
        )}
        {choices.skipInvalid && (
          <Button
            type="primary"
            data-testid="import-skip-invalid"
            loading={busy}
            onClick={() => void commit({ acceptInvalidRows: true, force: previewed.preview.upgrade === 'older' || refusal?.code === 'older-version' || undefined })}
          >
            {t('options.import.skipInvalid', { count: previewed.preview.invalid.length })}
          </Button>
        )}
        {choices.force && (
          <Button type="primary" danger data-testid="import-force" loading={busy} onClick={() => void commit({ force: true })}>
            {t('options.import.force')}
          </Button>
        )}
      </Space>
    ) : (
      <Button type="primary" data-testid="import-done" onClick={onClose}>
        {t('console.import.finish')}
      </Button>
    );

  return (
    <Modal open title={t('options.import.title')} width={1040} mask={{ closable: false }} destroyOnHidden onCancel={onClose} footer={footer}>
      <div data-testid="import-dialog" data-step={step}>
        <Steps
          size="small"
          current={step}
          style={{ marginBlock: 16 }}
          items={[{ title: t('console.import.step.upload') }, { title: t('console.import.step.preview') }, { title: t('console.import.step.done') }]}
        />
        {step === 0 && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <UploadStep
              file={file}
              productsFile={productsFile}
              fields={fields}
              onFile={choose}
              onProductsFile={(next) => {
                setProductsFile(next);
                setProblems([]);
              }}
              onFields={setFields}
            />
            {problems.length > 0 && (
              <div>
                <Alert type="error" showIcon title={t('console.import.refused')} style={{ marginBottom: 8 }} />
                <InvalidRowsTable problems={problems} fileName={file?.name ?? ''} testId="import-problems" />
              </div>
            )}
          </Space>
        )}
        {step === 1 && previewed && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {refusal && <Alert type="error" showIcon data-testid="import-refusal" data-code={refusal.code} title={refusal.message} />}
            <ImportPreviewView preview={previewed.preview} fileName={file?.name ?? ''} categories={categories} />
          </Space>
        )}
        {step === 2 && previewed && committed && (
          <Alert
            type="success"
            showIcon
            role="status"
            title={t('console.import.doneTitle', { name: previewed.preview.pack.name, version: committed.version })}
            description={t('console.import.doneSummary', {
              added: previewed.preview.added.length,
              changed: previewed.preview.changed.length,
              removed: previewed.preview.removed.length,
            })}
          />
        )}
      </div>
    </Modal>
  );
}
