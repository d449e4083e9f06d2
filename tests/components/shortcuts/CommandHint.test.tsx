// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandHint } from '../../../components/shortcuts/CommandHint';

afterEach(cleanup);

describe('the popup’s reminder of the browser shortcuts', () => {
  it('shows the keys the agent has now, and 未设置 for a shortcut left unbound', async () => {
    const services = {
      listCommands: vi.fn(async () => [
        { name: '_execute_action', description: '', shortcut: 'Alt+Shift+H' },
        { name: 'insert-first-suggestion', description: '', shortcut: '' },
      ]),
    };
    render(<CommandHint services={services} />);

    expect((await screen.findByTestId('command-hint')).textContent).toBe('Alt+Shift+H 打开本窗口 · 未设置 插入第一条建议');
  });

  it('shows nothing when the browser cannot say (no commands API)', async () => {
    const services = { listCommands: vi.fn(async () => Promise.reject(new Error('commands not supported'))) };
    render(<CommandHint services={services} />);

    await vi.waitFor(() => expect(services.listCommands).toHaveBeenCalled());
    expect(screen.queryByTestId('command-hint')).toBeNull();
  });
});
