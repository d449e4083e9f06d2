// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupWaitingQueue } from '../../../components/popup/PopupWaitingQueue';
import type { WaitingQueueServices } from '../../../components/popup/popup-services';
import type { WaitingQueueView } from '../../../utils/schemas/waiting-queue';

const NOW = 1_780_000_000_000;

function buyer(site: string, key: string, name: string, waitedMs: number, thresholdSeconds: number, level: 'ok' | 'amber' | 'red') {
  return { site, key, name, tabId: 7, windowId: 2, since: NOW - waitedMs, sinceFrom: 'page' as const, source: 'client-group' as const, waitedMs, thresholdSeconds, level };
}

const FOUR: WaitingQueueView = {
  now: NOW,
  pastHalf: 2,
  buyers: [
    buyer('kuaishou', 'ks-1', '快手用户1', 200_000, 180, 'red'),
    buyer('jd-dongdong', 'jd-7', '京东买家7', 16_000, 30, 'amber'),
    buyer('pinduoduo', 'pdd-2', '小满', 10_000, 180, 'ok'),
    buyer('feige', 'fg-5', '阿福', 4_000, 180, 'ok'),
  ],
};

function fakeQueue(view: WaitingQueueView, opened: Awaited<ReturnType<WaitingQueueServices['open']>> = { opened: true }): WaitingQueueServices {
  return { load: vi.fn(async () => view), open: vi.fn(async () => opened) };
}

// The clock stands at the view's time unless a test moves it.
beforeEach(() => vi.useFakeTimers({ now: NOW, toFake: ['Date'] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the waiting queue in the popup', () => {
  it('lists every waiting buyer longest first: name, client, wait and level in words', async () => {
    render(<PopupWaitingQueue services={fakeQueue(FOUR)} onOpened={vi.fn()} />);
    const rows = await screen.findAllByTestId('waiting-buyer');
    expect(rows.map((row) => row.textContent)).toEqual(['快手用户1快手小店3:20已超时', '京东买家7京东咚咚0:16已过半', '小满拼多多商家客服0:10', '阿福抖店飞鸽0:04']);
    expect(rows.map((row) => row.dataset.level)).toEqual(['red', 'amber', 'ok', 'ok']);
    expect(screen.getByTestId('waiting-queue-summary').textContent).toBe('等待 4 · 最久 3:20');
    expect(screen.getByRole('heading', { name: '等待回复的买家' })).toBeTruthy();
  });

  it('ticks the waits every second without asking the worker each time', async () => {
    vi.useRealTimers();
    vi.useFakeTimers({ now: NOW, toFake: ['setInterval', 'clearInterval', 'Date'] });
    const services = fakeQueue(FOUR);
    render(<PopupWaitingQueue services={services} onOpened={vi.fn()} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2_000);
    });
    expect(services.load).toHaveBeenCalledTimes(1);
    expect(screen.getAllByTestId('waiting-buyer')[1]?.textContent).toBe('京东买家7京东咚咚0:18已过半');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(6_000);
    });
    // 24 seconds of JD's 30: red now.
    expect(screen.getAllByTestId('waiting-buyer')[1]?.dataset.level).toBe('red');
  });

  it('opens the buyer whose row is activated by keyboard, then lets the popup close', async () => {
    const services = fakeQueue(FOUR);
    const onOpened = vi.fn();
    render(<PopupWaitingQueue services={services} onOpened={onOpened} />);
    const second = (await screen.findAllByTestId('waiting-buyer'))[1];
    second?.focus();
    expect(document.activeElement).toBe(second);
    // A button: Enter activates it as a click.
    if (second) fireEvent.click(second);
    await waitFor(() => expect(onOpened).toHaveBeenCalled());
    expect(services.open).toHaveBeenCalledWith({ site: 'jd-dongdong', key: 'jd-7' });
  });

  it('says why a buyer could not be opened, and keeps the popup open', async () => {
    const services = fakeQueue(FOUR, { opened: false, reason: 'tab-gone' });
    const onOpened = vi.fn();
    render(<PopupWaitingQueue services={services} onOpened={onOpened} />);
    const first = (await screen.findAllByTestId('waiting-buyer'))[0];
    if (first) fireEvent.click(first);
    expect((await screen.findByTestId('waiting-queue-not-opened')).textContent).toBe('这位买家的聊天标签页已经关了。');
    expect(onOpened).not.toHaveBeenCalled();
  });

  it('says so when nobody waits', async () => {
    render(<PopupWaitingQueue services={fakeQueue({ now: NOW, pastHalf: 0, buyers: [] })} onOpened={vi.fn()} />);
    expect((await screen.findByTestId('waiting-queue-empty')).textContent).toBe('现在没有等待回复的买家。');
    expect(screen.queryAllByTestId('waiting-buyer')).toEqual([]);
  });
});
