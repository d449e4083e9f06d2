import { useEffect, useState } from 'react';
import { ERROR_LOG_CAPACITY, type ErrorContext, type ErrorLogEntry } from '../../utils/diagnostics/error-entry';
import { useI18n } from '../i18n/i18n-provider';
import type { ErrorLogServices } from './error-log-services';
import './error-log-view.css';

const CONTEXT_LABEL: { [C in ErrorContext]: `diagnostics.context.${C}` } = {
  background: 'diagnostics.context.background',
  content: 'diagnostics.context.content',
  popup: 'diagnostics.context.popup',
  demo: 'diagnostics.context.demo',
  options: 'diagnostics.context.options',
};

/** "huashu-zhushou-errors-2026-01-31.json", in local time like the table. */
export function exportFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `huashu-zhushou-errors-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/**
 * The team lead's view of the local error log (options page): newest first, exportable as JSON
 * for whoever supports them, clearable. Shows only what the log keeps: kind, place, time, count.
 */
export function ErrorLogView({ services }: { services: ErrorLogServices }) {
  const { t, lang } = useI18n();
  const [entries, setEntries] = useState<ErrorLogEntry[] | 'loading' | 'failed'>('loading');

  useEffect(() => {
    let current = true;
    const stop = services.watch((next) => setEntries(next));
    services.load().then(
      (loaded) => current && setEntries(loaded),
      () => current && setEntries('failed'),
    );
    return () => {
      current = false;
      stop();
    };
  }, [services]);

  async function exportLog() {
    const exported = await services.exportLog();
    services.saveFile(exportFileName(new Date()), `${JSON.stringify(exported, null, 2)}\n`);
  }

  async function clear() {
    await services.clear();
    setEntries([]);
  }

  const newestFirst = Array.isArray(entries) ? [...entries].reverse() : [];
  return (
    <section className="hs-errors" data-testid="error-log" aria-labelledby="hs-errors-title">
      <h2 id="hs-errors-title" className="hs-errors__title">
        {t('diagnostics.title')}
      </h2>
      <p className="hs-errors__hint">{t('diagnostics.hint')}</p>
      {entries === 'loading' ? <p role="status">{t('diagnostics.loading')}</p> : null}
      {entries === 'failed' ? <p role="alert">{t('diagnostics.failed')}</p> : null}
      {Array.isArray(entries) ? (
        <>
          <div className="hs-errors__actions">
            <span className="hs-errors__summary">
              {t('diagnostics.summary', { count: entries.length, capacity: ERROR_LOG_CAPACITY })}
            </span>
            <button type="button" className="hs-button" data-testid="export-error-log" onClick={() => void exportLog()}>
              {t('diagnostics.export')}
            </button>
            <button
              type="button"
              className="hs-button"
              data-testid="clear-error-log"
              disabled={entries.length === 0}
              onClick={() => void clear()}
            >
              {t('diagnostics.clear')}
            </button>
          </div>
          {entries.length === 0 ? (
            <p data-testid="error-log-empty">{t('diagnostics.empty')}</p>
          ) : (
            <table className="hs-errors__table">
              <thead>
                <tr>
                  <th scope="col">{t('diagnostics.column.time')}</th>
                  <th scope="col">{t('diagnostics.column.context')}</th>
                  <th scope="col">{t('diagnostics.column.type')}</th>
                  <th scope="col">{t('diagnostics.column.module')}</th>
                  <th scope="col">{t('diagnostics.column.count')}</th>
                </tr>
              </thead>
              <tbody>
                {newestFirst.map((entry, index) => (
                  <tr key={`${entry.time}-${index}`} data-testid="error-log-entry">
                    <td>{new Date(entry.time).toLocaleString(lang)}</td>
                    <td>{t(CONTEXT_LABEL[entry.context])}</td>
                    <td>
                      <code>{entry.type}</code>
                    </td>
                    <td>{entry.module === null ? '—' : <code>{entry.module}</code>}</td>
                    <td>{entry.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </section>
  );
}
