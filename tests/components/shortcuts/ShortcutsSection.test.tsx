// @vitest-environment jsdom
import '../console/antd-in-jsdom';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShortcutsSection } from '../../../components/shortcuts/ShortcutsSection';
import type { BoundCommand, ShortcutsServices } from '../../../components/shortcuts/shortcuts-services';

function fakeServices(commands: BoundCommand[], opens: 'opened' | 'manual' = 'opened') {
  return {
    listCommands: vi.fn(async () => commands),
    openShortcutSettings: vi.fn(async () => opens),
  } satisfies ShortcutsServices;
}

const BOUND: BoundCommand[] = [
  { name: '_execute_action', description: '打开话术助手', shortcut: 'Alt+Shift+H' },
  { name: 'insert-first-suggestion', description: '插入第一条建议话术', shortcut: '' },
  // The browser's description is in the browser's language; the row says it in the console's.
  { name: 'open-longest-waiting', description: 'Open the buyer who has waited longest', shortcut: 'Alt+Shift+Q' },
];

afterEach(cleanup);

describe('the 快捷键 section of the options page', () => {
  it('lists every browser shortcut with its current keys, and 未设置 for one the browser left unbound', async () => {
    render(<ShortcutsSection services={fakeServices(BOUND)} />);

    const rows = await screen.findAllByTestId('browser-shortcut');
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['打开话术助手', 'Alt+Shift+H'],
      ['插入第一条建议话术', '未设置'],
      ['打开等待最久的买家', 'Alt+Shift+Q'],
    ]);
  });

  it('lists the keys that work inside the chat page', () => {
    render(<ShortcutsSection services={fakeServices(BOUND)} />);

    const text = screen.getByTestId('page-shortcuts').textContent ?? '';
    for (const key of ['Alt+1', 'Alt+2', 'Alt+3', 'Alt+0', '/', 'Esc', 'Alt+W']) expect(text).toContain(key);
    expect(text).toContain('打开等待最久的买家');
  });

  it('opens the browser’s shortcut settings from a button the keyboard reaches', async () => {
    const services = fakeServices(BOUND);
    render(<ShortcutsSection services={services} />);

    const button = screen.getByRole('button', { name: '修改快捷键' });
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);

    await vi.waitFor(() => expect(services.openShortcutSettings).toHaveBeenCalled());
    expect(screen.queryByTestId('shortcut-settings-how-to')).toBeNull();
  });

  it('tells a Firefox user where the shortcut settings are, since an extension cannot open them there', async () => {
    render(<ShortcutsSection services={fakeServices(BOUND, 'manual')} />);

    fireEvent.click(screen.getByRole('button', { name: '修改快捷键' }));

    expect((await screen.findByTestId('shortcut-settings-how-to')).textContent).toContain('about:addons');
    expect(screen.getByRole('status').textContent).toContain('管理扩展快捷键');
  });

  it('reads the bindings again when the agent comes back from the browser’s settings', async () => {
    const services = fakeServices(BOUND);
    render(<ShortcutsSection services={services} />);
    await screen.findAllByTestId('browser-shortcut');
    services.listCommands.mockResolvedValue([BOUND[0]!, { ...BOUND[1]!, shortcut: 'Ctrl+Shift+Y' }]);

    window.dispatchEvent(new Event('focus'));

    expect(await screen.findByText('Ctrl+Shift+Y')).toBeTruthy();
  });
});
