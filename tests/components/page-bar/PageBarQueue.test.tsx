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
