// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertFeedbackFrom } from '../../../components/insert-status/insert-feedback';
import { InsertStatus } from '../../../components/insert-status/InsertStatus';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('InsertStatus', () => {
  it('confirms an insertion briefly, then goes away by itself', () => {
    const onDismiss = vi.fn();
    render(<InsertStatus feedback={insertFeedbackFrom({ ok: true }, '亲，在的')} onDismiss={onDismiss} />);
    expect(screen.getByTestId('insert-status').dataset.status).toBe('ok');
    expect(screen.getByTestId('insert-status').textContent).toContain('已插入输入框');
    act(() => vi.advanceTimersByTime(3000));
    expect(onDismiss).toHaveBeenCalled();
  });

  it('keeps a failure on screen and names what to do', () => {
    const onDismiss = vi.fn();
    render(<InsertStatus feedback={insertFeedbackFrom({ ok: false, reason: 'no-input' }, '亲，在的')} onDismiss={onDismiss} />);
    act(() => vi.advanceTimersByTime(10_000));
    expect(onDismiss).not.toHaveBeenCalled();
    expect(screen.getByTestId('insert-status').dataset.status).toBe('no-input');
    expect(screen.getByTestId('insert-status').textContent).toContain('未找到输入框');
  });

  it('offers the phrase on the clipboard when it could not be inserted', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<InsertStatus feedback={insertFeedbackFrom({ ok: false }, '亲，在的')} onDismiss={() => {}} />);
    expect(screen.getByTestId('insert-status').dataset.status).toBe('not-verified');
    await act(async () => screen.getByRole('button', { name: '复制话术' }).click());
    expect(writeText).toHaveBeenCalledWith('亲，在的');
    expect(screen.getByTestId('insert-status').textContent).toContain('已复制');
  });
});
