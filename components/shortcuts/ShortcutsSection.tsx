import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { commandLabelKey } from './command-labels';
import type { ShortcutsServices } from './shortcuts-services';
import { useBoundCommands } from './use-bound-commands';
import './shortcuts.css';

/** The in-page keys (utils/page/bar/bar-keys.ts, utils/picker/): fixed, so listed, not read. */
const PAGE_KEYS = [
  { keys: ['Alt+1', 'Alt+2', 'Alt+3'], label: 'shortcuts.page.insert' },
  { keys: ['Alt+0'], label: 'shortcuts.page.toggle' },
  { keys: ['/', '、'], label: 'shortcuts.page.picker' },
  { keys: ['Esc'], label: 'shortcuts.page.close' },
] as const;

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <span className="hs-shortcuts__keys">
      {keys.map((key) => (
        <kbd key={key}>{key}</kbd>
      ))}
    </span>
  );
}

interface ShortcutRow {
  id: string;
  action: string;
  keys: ReactNode;
  /** Browser commands carry their name, for tests and for the reader of the DOM. */
  command?: string;
}

/** 操作 | 按键, one row per shortcut; named by the heading above it. */
function ShortcutTable({ labelledBy, testId, rows }: { labelledBy: string; testId: string; rows: readonly ShortcutRow[] }) {
  const { t } = useI18n();
  return (
    <table className="hs-shortcuts__table" aria-labelledby={labelledBy} data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('shortcuts.columnAction')}</th>
          <th scope="col">{t('shortcuts.columnKeys')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid={row.command ? 'browser-shortcut' : undefined} data-command={row.command}>
            <td>{row.action}</td>
            <td>{row.keys}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * 快捷键 (options page): the extension's browser commands with their bindings as the browser has
 * them now (未设置 when unbound), the fixed in-page keys, and the way to change the former.
 */
export function ShortcutsSection({ services }: { services: ShortcutsServices }) {
  const { t } = useI18n();
  const commands = useBoundCommands(services);
  const [manualHowTo, setManualHowTo] = useState(false);

  async function openSettings() {
    setManualHowTo((await services.openShortcutSettings()) === 'manual');
  }

  return (
    <section className="hs-shortcuts" data-testid="shortcuts-section" aria-labelledby="hs-shortcuts-title">
      <h2 id="hs-shortcuts-title" className="hs-shortcuts__title">
        {t('shortcuts.title')}
      </h2>
      <p className="hs-shortcuts__hint">{t('shortcuts.hint')}</p>

      <h3 className="hs-shortcuts__subtitle" id="hs-shortcuts-browser">
        {t('shortcuts.browserTitle')}
      </h3>
      {commands === 'loading' ? <p role="status">{t('shortcuts.loading')}</p> : null}
      {commands === 'failed' ? <p role="alert">{t('shortcuts.failed')}</p> : null}
      {Array.isArray(commands) ? (
        <ShortcutTable
          labelledBy="hs-shortcuts-browser"
          testId="browser-shortcuts"
          rows={commands.map((command) => {
            const label = commandLabelKey(command.name);
            return {
              id: command.name,
              command: command.name,
              action: label ? t(label) : command.description || command.name,
              keys: command.shortcut ? <Keys keys={[command.shortcut]} /> : <span className="hs-shortcuts__unset">{t('shortcuts.unset')}</span>,
            };
          })}
        />
      ) : null}
      <div className="hs-shortcuts__actions">
        <button type="button" className="hs-button" data-testid="open-shortcut-settings" onClick={() => void openSettings()}>
          {t('shortcuts.change')}
        </button>
      </div>
      {manualHowTo ? (
        <p role="status" className="hs-shortcuts__how-to" data-testid="shortcut-settings-how-to">
          {t('shortcuts.firefoxHowTo')}
        </p>
      ) : null}

      <h3 className="hs-shortcuts__subtitle" id="hs-shortcuts-page">
        {t('shortcuts.pageTitle')}
      </h3>
      <ShortcutTable
        labelledBy="hs-shortcuts-page"
        testId="page-shortcuts"
        rows={PAGE_KEYS.map(({ keys, label }) => ({ id: label, action: t(label), keys: <Keys keys={keys} /> }))}
      />
    </section>
  );
}
