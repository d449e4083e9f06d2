// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageBar, type PageBarProps } from '../../../components/page-bar/PageBar';
import type { BarView } from '../../../utils/page/bar/bar-model';
import type { QueueRow } from '../../../utils/wait-clock/queue-rows';

const READY: BarView = {
  thread: { site: 'pinduoduo', messages: [{ role: 'buyer', text: '在吗' }] },
  phase: 'ready',
  suggestions: [],
  buyerTurn: '在吗',
  hidden: false,
  feedback: null,
  product: null,
  factsOpen: false,
  factsFocus: 0,
};

const QUEUE: QueueRow[] = [
  { site: 'jd-dongdong', key: 'jd_88', name: '京东买家88', waitedMs: 161_000, thresholdSeconds: 30, level: 'red' },
  { site: 'pinduoduo', key: 'pdd-12', name: '小满', waitedMs: 100_000, thresholdSeconds: 180, level: 'amber' },
  { site: 'feige', key: 'fg-3', name: '阿福', waitedMs: 12_000, thresholdSeconds: 180, level: 'ok' },
  { site: 'kuaishou', key: 'ks-9', name: '快手用户9', waitedMs: 5_000, thresholdSeconds: 180, level: 'ok' },
];

function renderBar(overrides: Partial<PageBarProps> = {}) {
  const props: PageBarProps = {
    view: READY,
    lang: 'zh-CN',
    categories: [],
    collapsed: false,
    onInsert: vi.fn(),
    onToggleFacts: vi.fn(),
    onInsertFact: vi.fn(),
    onHide: vi.fn(),
    onToggleCollapsed: vi.fn(),
    onMove: vi.fn(),
    onMoveEnd: vi.fn(),
    onResetPosition: vi.fn(),
    onDismissFeedback: vi.fn(),
    queue: QUEUE,
    onOpenBuyer: vi.fn(),
    ...overrides,
  };
  render(<PageBar {...props} />);
  return props;
}

afterEach(cleanup);

describe('the waiting queue in the bar', () => {
  it('says how many buyers wait and the longest wait, coloured by its level', () => {
    renderBar();
    const line = screen.getByTestId('waiting-queue-summary');
    expect(line.textContent).toBe('等待 4 · 最久 2:41');
    expect(line.dataset.level).toBe('red');
  });

  it('lists the next three buyers with their client, wait and level in words, and counts the rest', () => {
    renderBar();
    const rows = screen.getAllByTestId('waiting-buyer');
    expect(rows.map((row) => row.textContent)).toEqual(['京东买家88京东咚咚2:41已超时', '小满拼多多商家客服1:40已过半', '阿福抖店飞鸽0:12']);
    expect(rows.map((row) => row.dataset.level)).toEqual(['red', 'amber', 'ok']);
    // The level is in the accessible name too, even where no word is shown.
    expect(rows[2]?.getAttribute('aria-label')).toBe('打开与 阿福（抖店飞鸽）的对话：已等待 0:12，时限内');
    expect(screen.getByTestId('waiting-queue-more').textContent).toBe('还有 1 位');
  });

  it('opens the buyer of a row that is clicked or pressed (a button: Enter and Space work)', () => {
    const props = renderBar();
    const second = screen.getAllByTestId('waiting-buyer')[1];
    expect(second?.tagName).toBe('BUTTON');
    if (second) fireEvent.click(second);
    expect(props.onOpenBuyer).toHaveBeenCalledWith(QUEUE[1]);
  });

  it('speaks English when the agent chose it', () => {
    renderBar({ lang: 'en' });
    expect(screen.getByTestId('waiting-queue-summary').textContent).toBe('Waiting 4 · longest 2:41');
    expect(screen.getAllByTestId('waiting-buyer')[1]?.getAttribute('aria-label')).toBe('Open the chat with 小满 (Pinduoduo seller chat): waiting 1:40, half the window gone');
  });

  it('shows only the line when the bar is collapsed, and nothing when nobody waits', () => {
    renderBar({ collapsed: true });
    expect(screen.getByTestId('waiting-queue-summary')).toBeTruthy();
    expect(screen.queryAllByTestId('waiting-buyer')).toEqual([]);
    cleanup();
    renderBar({ queue: [] });
    expect(screen.queryByTestId('page-bar-queue')).toBeNull();
  });
});

describe('the bar as mounted, fed by the waiting-queue feed', () => {
  it('shows what the worker answers, ticks it on, and hands the row clicked to the opener', async () => {
    const { act } = await import('@testing-library/react');
    const { PageBarApp } = await import('../../../components/page-bar/PageBarApp');
    const { createBarModel } = await import('../../../utils/page/bar/bar-model');
    const { createStore } = await import('../../../utils/page/bar/bar-store');
    const { createQueueFeed } = await import('../../../utils/page/bar/queue-feed');
    let now = 1_780_000_000_000;
    const feed = createQueueFeed({
      now: () => now,
      load: () =>
        Promise.resolve({
          now,
          pastHalf: 1,
          buyers: [{ site: 'feige', key: 'fg-1', name: '阿福', tabId: 4, windowId: 1, since: now - 88_000, sinceFrom: 'page', source: 'client-group', waitedMs: 88_000, thresholdSeconds: 180, level: 'ok' }],
        }),
    });
    const model = createBarModel({
      suggest: () => Promise.resolve({ buyerTurn: '在吗', suggestions: [] }),
      insert: () => Promise.resolve({ ok: true }),
      insertFact: () => Promise.resolve({ ok: true }),
      onError: () => undefined,
    });
    // One snapshot, always the same: useSyncExternalStore renders again on every new one.
    const expanded = { collapsed: false, offset: { dx: 0, dy: 0 } };
    const preferences = { get: () => expanded, subscribe: () => () => undefined, setCollapsed: vi.fn(), moveBy: vi.fn(), settle: vi.fn(), reset: vi.fn() };
    const onOpenBuyer = vi.fn();
    const surroundings = createStore({ lang: 'zh-CN' as const, categories: [] });
    render(
      <PageBarApp
        model={model}
        preferences={preferences as never}
        surroundings={surroundings}
        placement={{ frameRef: () => undefined, onRendered: () => undefined, currentOffset: () => null }}
        queue={feed.store}
        onOpenBuyer={onOpenBuyer}
      />,
    );
    await act(async () => {
      model.showThread({ thread: { site: 'feige', messages: [{ role: 'buyer', text: '在吗' }] }, kind: 'conversation-switched' });
      await feed.refresh();
    });
    expect(screen.getByTestId('waiting-queue-summary').textContent).toBe('等待 1 · 最久 1:28');
    expect(screen.getByTestId('waiting-buyer').dataset.level).toBe('ok');
    await act(() => {
      now += 3_000;
      feed.tick();
    });
    expect(screen.getByTestId('waiting-queue-summary').textContent).toBe('等待 1 · 最久 1:31');
    expect(screen.getByTestId('waiting-buyer').dataset.level).toBe('amber');
    fireEvent.click(screen.getByTestId('waiting-buyer'));
    expect(onOpenBuyer).toHaveBeenCalledWith(expect.objectContaining({ site: 'feige', key: 'fg-1' }));
  });
});
