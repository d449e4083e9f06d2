import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-provider';
import type { ImportPreview } from '../../../utils/packs/import-preview';

/** Long lists stay readable: the first rows, then "…and N more". */
const SHOWN = 50;

function Listing<T>({ items, testId, title, render }: { items: readonly T[]; testId: string; title: string; render: (item: T) => ReactNode }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <details className="hs-options-preview__group" data-testid={testId} data-count={items.length}>
      <summary>
        {title} ({items.length})
      </summary>
      <ul>
        {items.slice(0, SHOWN).map((item, index) => (
          <li key={index}>{render(item)}</li>
        ))}
      </ul>
      {items.length > SHOWN && <p className="hs-options-muted">{t('options.import.more', { count: items.length - SHOWN })}</p>}
    </details>
  );
}

/** What confirming would do, before anything is written. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { t } = useI18n();
  const { pack } = preview;
  return (
    <div className="hs-options-preview" data-testid="import-preview-result" data-upgrade={preview.upgrade}>
      <p>
        <strong>{pack.name}</strong> <code>{pack.id}</code> {t('options.import.version', { version: pack.version })}
        {preview.installed && <> · {t('options.import.installed', { version: preview.installed.version })}</>}
      </p>
      <ul className="hs-options-preview__counts">
        <li data-testid="preview-added" data-count={preview.added.length}>{t('options.import.count.added', { count: preview.added.length })}</li>
        <li data-testid="preview-changed" data-count={preview.changed.length}>{t('options.import.count.changed', { count: preview.changed.length })}</li>
        <li data-testid="preview-unchanged" data-count={preview.unchanged}>{t('options.import.count.unchanged', { count: preview.unchanged })}</li>
        <li data-testid="preview-removed" data-count={preview.removed.length}>{t('options.import.count.removed', { count: preview.removed.length })}</li>
        <li data-testid="preview-invalid" data-count={preview.invalid.length}>{t('options.import.count.invalid', { count: preview.invalid.length })}</li>
        <li data-testid="preview-risky" data-count={preview.risky.length}>{t('options.import.count.risky', { count: preview.risky.length })}</li>
      </ul>
      {preview.refusal && <p role="alert">{preview.refusal.message}</p>}
      {preview.notices.map((notice) => (
        <p key={notice} className="hs-options-muted">{notice}</p>
      ))}
      {preview.possibleUpgradeOf.length > 0 && (
        <p className="hs-options-muted">{t('options.import.possibleUpgrade', { ids: preview.possibleUpgradeOf.join(', ') })}</p>
      )}
      <Listing items={preview.invalid} testId="preview-invalid-rows" title={t('options.import.invalidTitle')} render={(problem) => (
        <>
          {problem.row !== undefined && t('options.import.row', { row: problem.row })} {problem.path}
          {problem.column !== undefined && ` 「${problem.column}」`}: {problem.reason}
          {problem.example !== undefined && <span className="hs-options-muted"> {t('options.import.example', { example: problem.example })}</span>}
        </>
      )} />
      <Listing items={preview.added} testId="preview-added-list" title={t('options.import.addedTitle')} render={(phrase) => `${phrase.id}: ${phrase.text}`} />
      <Listing items={preview.changed} testId="preview-changed-list" title={t('options.import.changedTitle')} render={(phrase) => (
        <>
          <code>{phrase.id}</code>
          <dl className="hs-options-diff">
            {phrase.changes.map((change) => (
              <div key={change.field}>
                <dt>{change.field}</dt>
                <dd>
                  <del>{change.before}</del> → <ins>{change.after}</ins>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )} />
      <Listing items={preview.removed} testId="preview-removed-list" title={t('options.import.removedTitle')} render={(phrase) => `${phrase.id}: ${phrase.text}`} />
      <Listing items={preview.risky} testId="preview-risky-list" title={t('options.import.riskyTitle')} render={(phrase) => (
        <>
          {phrase.blocked && <strong className="hs-options-danger">{t('options.import.blocked')} </strong>}
          {phrase.text} — {phrase.findings.map((finding) => finding.matchedText).join('、')}
        </>
      )} />
      <Listing items={preview.overrides.kept} testId="preview-kept-edits" title={t('options.import.keptTitle')} render={(edit) => edit.text} />
      <Listing items={preview.overrides.dropped} testId="preview-dropped-edits" title={t('options.import.droppedTitle')} render={(edit) => edit.text} />
    </div>
  );
}
