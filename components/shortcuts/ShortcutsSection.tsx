import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useI18n } from '../i18n/i18n-provider';
import { ConsoleSection } from '../console-section/ConsoleSection';
import { rowAttributes } from '../console-section/row-attributes';
import { commandLabelKey } from './command-labels';
import type { ShortcutsServices } from './shortcuts-services';
import { useBoundCommands } from './use-bound-commands';
import './shortcuts.css';

/** The in-page keys (utils/page/bar/bar-keys.ts, utils/picker/, utils/page/waiting-key.ts): fixed, so listed, not read. */
const PAGE_KEYS = [
  { keys: ['Alt+1', 'Alt+2', 'Alt+3'], label: 'shortcuts.page.insert' },
  { keys: ['Alt+0'], label: 'shortcuts.page.toggle' },
  { keys: ['/', '、'], label: 'shortcuts.page.picker' },
  { keys: ['Esc'], label: 'shortcuts.page.close' },
  { keys: ['Alt+W'], label: 'shortcuts.page.waiting' },
] as const;

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <Flex gap={4} wrap component="span">
      {keys.map((key) => (
        <Typography.Text keyboard key={key}>
          {key}
        </Typography.Text>
      ))}
    </Flex>
  );
}

interface ShortcutRow {
  id: string;
  action: string;
  keys: ReactNode;
  /** Browser commands carry their name, for tests and for the reader of the DOM. */
  command?: string;
}

/** 操作 | 按键, one row per shortcut; named by the card title above it. */
function ShortcutTable({ labelledBy, testId, rows }: { labelledBy: string; testId: string; rows: readonly ShortcutRow[] }) {
  const { t } = useI18n();
  const columns: TableColumnsType<ShortcutRow> = [
    { key: 'action', title: t('shortcuts.columnAction'), dataIndex: 'action' },
    { key: 'keys', title: t('shortcuts.columnKeys'), render: (_, row) => row.keys, width: '40%' },
  ];
  return (
    <Table<ShortcutRow>
      aria-labelledby={labelledBy}
      data-testid={testId}
      rowKey="id"
      size="middle"
      pagination={false}
      columns={columns}
      dataSource={[...rows]}
      onRow={(row) => (row.command ? rowAttributes({ 'data-testid': 'browser-shortcut', 'data-command': row.command }) : {})}
    />
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
    <ConsoleSection id="hs-shortcuts" title={t('shortcuts.title')} intro={t('shortcuts.hint')} testId="shortcuts-section">
      <Card
        title={
          <h3 className="hs-console-card-title" id="hs-shortcuts-browser">
            {t('shortcuts.browserTitle')}
          </h3>
        }
        extra={
          <Button data-testid="open-shortcut-settings" onClick={() => void openSettings()}>
            {t('shortcuts.change')}
          </Button>
        }
      >
        {commands === 'loading' ? <Alert type="info" role="status" title={t('shortcuts.loading')} /> : null}
        {commands === 'failed' ? <Alert type="error" role="alert" title={t('shortcuts.failed')} /> : null}
        {manualHowTo ? (
          <Alert className="hs-shortcuts__how-to" type="info" role="status" data-testid="shortcut-settings-how-to" title={t('shortcuts.firefoxHowTo')} />
        ) : null}
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
                keys: command.shortcut ? <Keys keys={[command.shortcut]} /> : <Typography.Text type="secondary">{t('shortcuts.unset')}</Typography.Text>,
              };
            })}
          />
        ) : null}
      </Card>

      <Card
        title={
          <h3 className="hs-console-card-title" id="hs-shortcuts-page">
            {t('shortcuts.pageTitle')}
          </h3>
        }
      >
        <ShortcutTable
          labelledBy="hs-shortcuts-page"
          testId="page-shortcuts"
          rows={PAGE_KEYS.map(({ keys, label }) => ({ id: label, action: t(label), keys: <Keys keys={keys} /> }))}
        />
      </Card>
    </ConsoleSection>
  );
}
