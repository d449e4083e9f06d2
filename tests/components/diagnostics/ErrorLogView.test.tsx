// @vitest-environment jsdom
import '../console/antd-in-jsdom';
import { renderInConsole } from '../console-sections/render-in-console';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorLogView, exportFileName } from '../../../components/diagnostics/ErrorLogView';
import type { ErrorLogServices } from '../../../components/diagnostics/error-log-services';
import type { ErrorLogEntry } from '../../../utils/diagnostics/error-entry';

const OLDER: ErrorLogEntry = { type: 'TypeError', context: 'content', module: 'content-scripts/content.js:1:1993', time: 1_000, count: 3 };
const NEWER: ErrorLogEntry = { type: 'ZodError', context: 'background', module: null, time: 2_000, count: 1 };

function fakeServices(entries: ErrorLogEntry[]) {
  let notify: (entries: ErrorLogEntry[]) => void = () => {};
  const services = {
    load: vi.fn(async () => entries),
    watch: vi.fn((onChange: (entries: ErrorLogEntry[]) => void) => {
      notify = onChange;
      return () => {};
    }),
    clear: vi.fn(async () => {}),
    exportLog: vi.fn(async () => ({ format: 1 as const, version: '0.1.0', exportedAt: '2026-01-02T00:00:00.000Z', entries })),
    saveFile: vi.fn(),
  } satisfies ErrorLogServices;
  return { services, push: (next: ErrorLogEntry[]) => act(() => notify(next)) };
}

afterEach(cleanup);

describe('the team lead’s error log on the options page', () => {
  it('lists errors newest first with where they happened, their kind and how often', async () => {
    renderInConsole(<ErrorLogView services={fakeServices([OLDER, NEWER]).services} />);
    const rows = await screen.findAllByTestId('error-log-entry');
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual(['后台服务', '客服聊天页面']);
    expect(rows[1]?.textContent).toContain('content-scripts/content.js:1:1993');
    expect(within(rows[1]!).getAllByRole('cell')[4]?.textContent).toBe('3');
    expect(screen.getByText('共 2 条，最多保留 100 条')).toBeTruthy();
  });

  it('says so when nothing went wrong, and offers nothing to clear', async () => {
    renderInConsole(<ErrorLogView services={fakeServices([]).services} />);
    await screen.findByTestId('error-log-empty');
    expect((screen.getByTestId('clear-error-log') as HTMLButtonElement).disabled).toBe(true);
  });

  it('exports the log as a dated JSON file the lead can pass on', async () => {
    const { services } = fakeServices([OLDER]);
    renderInConsole(<ErrorLogView services={services} />);
    fireEvent.click(await screen.findByTestId('export-error-log'));
    await waitFor(() => expect(services.saveFile).toHaveBeenCalledTimes(1));
    const [fileName, json] = services.saveFile.mock.calls[0] as [string, string];
    expect(fileName).toMatch(/^huashu-zhushou-errors-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(json)).toMatchObject({ format: 1, version: '0.1.0', entries: [OLDER] });
  });

  it('clears the log on request, once the lead confirms', async () => {
    const { services } = fakeServices([OLDER]);
    renderInConsole(<ErrorLogView services={services} />);
    fireEvent.click(await screen.findByTestId('clear-error-log'));
    const asked = await screen.findByRole('dialog');
    expect(asked.textContent).toContain('清空全部错误记录？');
    expect(services.clear).not.toHaveBeenCalled();
    fireEvent.click(within(asked).getByRole('button', { name: '清空记录' }));
    await screen.findByTestId('error-log-empty');
    expect(services.clear).toHaveBeenCalledTimes(1);
  });

  it('keeps the rows whose place, kind or code location holds every word searched for', async () => {
    const popupError: ErrorLogEntry = { type: 'TypeError', context: 'popup', module: 'chunks/popup.js:2:10', time: 3_000, count: 2 };
    renderInConsole(<ErrorLogView services={fakeServices([OLDER, NEWER, popupError]).services} />);
    expect(await screen.findAllByTestId('error-log-entry')).toHaveLength(3);
    const search = screen.getByRole('searchbox', { name: '搜索错误类型、出错的地方或代码位置' });
    const places = () => screen.queryAllByTestId('error-log-entry').map((row) => within(row).getAllByRole('cell')[1]?.textContent);

    fireEvent.change(search, { target: { value: 'typeerror' } });
    expect(places()).toEqual(['弹出窗口', '客服聊天页面']);
    fireEvent.change(search, { target: { value: 'typeerror 聊天' } });
    expect(places()).toEqual(['客服聊天页面']);
    fireEvent.change(search, { target: { value: 'RangeError' } });
    expect(places()).toEqual([]);
    expect(screen.getByText('没有符合“RangeError”的记录')).toBeTruthy();
  });

  it('shows an error the moment another context records it', async () => {
    const { services, push } = fakeServices([]);
    renderInConsole(<ErrorLogView services={services} />);
    await screen.findByTestId('error-log-empty');
    push([NEWER]);
    expect(await screen.findAllByTestId('error-log-entry')).toHaveLength(1);
  });

  it('names export files by the local date', () => {
    expect(exportFileName(new Date(2026, 0, 31, 23, 59))).toBe('huashu-zhushou-errors-2026-01-31.json');
  });
});
