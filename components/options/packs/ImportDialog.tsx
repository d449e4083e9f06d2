import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-provider';
import { describeProblem, type ImportProblem } from '../../../utils/packs/import-problem';
import type { CommitImportResult, PreviewImportResult } from '../../../utils/packs/import-protocol';
import type { OptionsServices } from '../options-services';
import { fileAsBase64 } from '../read-file';
import { ImportPreviewView } from './ImportPreviewView';

type Previewed = Extract<PreviewImportResult, { ok: true }>;
type Refusal = Extract<CommitImportResult, { status: 'refused' }>;

const SPREADSHEET = /\.(csv|xlsx)$/i;

/**
 * 导入话术包: choose a file → preview (nothing written) → 确认导入. A refusal the lead can
 * overrule (an older version, invalid rows) offers that choice instead of a dead end.
 */
export function ImportDialog({
  services,
  onClose,
  onImported,
}: {
  services: OptionsServices;
  onClose: () => void;
  onImported: (message: string) => void;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fields, setFields] = useState({ id: '', name: '', version: '' });
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
  }, []);

  async function preview(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setProblems([]);
    setPreviewed(null);
    setRefusal(null);
    try {
      const options = Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ''));
      const result = await services.call('previewImport', {
        file: { base64: await fileAsBase64(file), fileName: file.name },
        options,
      });
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
        onImported(t('options.import.committed', { name: previewed.preview.pack.name, version: result.version }));
      } else {
        setRefusal(result);
      }
    } finally {
      setBusy(false);
    }
  }

  const spreadsheet = file !== null && SPREADSHEET.test(file.name);
  const hasInvalidRows = (previewed?.preview.invalid.length ?? 0) > 0;
  const olderVersion = previewed?.preview.upgrade === 'older' || refusal?.code === 'older-version';

  return (
    <dialog ref={dialog} className="hs-options-dialog" aria-labelledby="import-title" data-testid="import-dialog" onClose={onClose}>
      <h3 id="import-title">{t('options.import.title')}</h3>
      <form onSubmit={(event) => void preview(event)} className="hs-options-form">
        <label>
          {t('options.import.file')}
          <input
            type="file"
            accept=".json,.csv,.xlsx"
            data-testid="import-file"
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setPreviewed(null);
              setRefusal(null);
              setProblems([]);
            }}
          />
        </label>
        {spreadsheet && (
          <fieldset>
            <legend>{t('options.import.sheetFields')}</legend>
            {(['id', 'name', 'version'] as const).map((field) => (
              <label key={field}>
                {t(`options.import.field.${field}`)}
                <input
                  data-testid={`import-${field}`}
                  value={fields[field]}
                  placeholder={t(`options.import.default.${field}`)}
                  onChange={(event) => setFields({ ...fields, [field]: event.currentTarget.value })}
                />
              </label>
            ))}
          </fieldset>
        )}
        <div className="hs-options-actions">
          <button type="submit" className="hs-button" data-testid="import-preview" disabled={!file || busy}>
            {busy && !previewed ? t('options.import.reading') : t('options.import.preview')}
          </button>
          <button type="button" className="hs-button" onClick={() => dialog.current?.close()}>
            {t('options.import.cancel')}
          </button>
        </div>
      </form>
      {problems.length > 0 && (
        <div role="alert" data-testid="import-problems">
          <p>{t('options.import.cannotRead')}</p>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{describeProblem(problem)}</li>
            ))}
          </ul>
        </div>
      )}
      {previewed && <ImportPreviewView preview={previewed.preview} />}
      {refusal && (
        <p role="alert" data-testid="import-refusal" data-code={refusal.code}>
          {refusal.message}
        </p>
      )}
      {previewed && (
        <div className="hs-options-actions">
          {!hasInvalidRows && !olderVersion && (
            <button
              type="button"
              className="hs-button hs-button--primary"
              data-testid="import-confirm"
              disabled={busy || !previewed.preview.canCommit}
              onClick={() => void commit()}
            >
              {t('options.import.confirm')}
            </button>
          )}
          {hasInvalidRows && (
            <button type="button" className="hs-button hs-button--primary" data-testid="import-skip-invalid" disabled={busy} onClick={() => void commit({ acceptInvalidRows: true, force: olderVersion || undefined })}>
              {t('options.import.skipInvalid', { count: previewed.preview.invalid.length })}
            </button>
          )}
          {olderVersion && !hasInvalidRows && (
            <button type="button" className="hs-button hs-button--danger" data-testid="import-force" disabled={busy} onClick={() => void commit({ force: true })}>
              {t('options.import.force')}
            </button>
          )}
        </div>
      )}
    </dialog>
  );
}
