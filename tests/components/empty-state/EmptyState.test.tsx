// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryEmptyState, NoChatState } from '../../../components/empty-state/EmptyState';

afterEach(cleanup);

describe('empty states', () => {
  it('tells the agent no chat was found and offers the way out it is given', () => {
    render(
      <NoChatState>
        <a href="/demo.html">打开演示聊天</a>
      </NoChatState>,
    );
    const state = screen.getByTestId('state-no-chat');
    expect(state.textContent).toContain('未识别到聊天窗口');
    expect(state.textContent).toContain('打开演示聊天');
  });

  it('restores the default phrases from an empty library', async () => {
    let finish: () => void = () => {};
    const onRestore = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<LibraryEmptyState onRestore={onRestore} />);
    expect(screen.getByTestId('state-library-empty').textContent).toContain('话术库为空');
    const button = screen.getByRole('button', { name: '恢复默认话术' });
    await act(async () => button.click());
    expect(onRestore).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: '正在恢复…' }).hasAttribute('disabled')).toBe(true);
    await act(async () => finish());
    expect(screen.getByRole('button', { name: '恢复默认话术' })).toBeTruthy();
  });

  it('says so when restoring fails, and lets the agent try again', async () => {
    render(<LibraryEmptyState onRestore={() => Promise.reject(new Error('worker asleep'))} />);
    await act(async () => screen.getByRole('button', { name: '恢复默认话术' }).click());
    expect(screen.getByRole('alert').textContent).toBe('恢复失败，请稍后重试');
    expect(screen.getByRole('button', { name: '恢复默认话术' }).hasAttribute('disabled')).toBe(false);
  });
});
