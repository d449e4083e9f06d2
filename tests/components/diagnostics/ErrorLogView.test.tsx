// @vitest-environment jsdom
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
    render(<ErrorLogView services={fakeServices([OLDER, NEWER]).services} />);
    const rows = await screen.findAllByTestId('error-log-entry');
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual(['后台服务', '客服聊天页面']);
    expect(rows[1]?.textContent).toContain('content-scripts/content.js:1:1993');
    expect(within(rows[1]!).getAllByRole('cell')[4]?.textContent).toBe('3');
    expect(screen.getByText('共 2 条，最多保留 100 条')).toBeTruthy();
  });

  it('says so when nothing went wrong, and offers nothing to clear', async () => {
    render(<ErrorLogView services={fakeServices([]).services} />);
    await screen.findByTestId('error-log-empty');
    expect((screen.getByTestId('clear-error-log') as HTMLButtonElement).disabled).toBe(true);
  });

  it('exports the log as a dated JSON file the lead can pass on', async () => {
    const { services } = fakeServices([OLDER]);
    render(<ErrorLogView services={services} />);
    fireEvent.click(await screen.findByTestId('export-error-log'));
    await waitFor(() => expect(services.saveFile).toHaveBeenCalledTimes(1));
    const [fileName, json] = services.saveFile.mock.calls[0] as [string, string];
    expect(fileName).toMatch(/^huashu-zhushou-errors-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(json)).toMatchObject({ format: 1, version: '0.1.0', entries: [OLDER] });
  });

  it('clears the log on request', async () => {
    const { services } = fakeServices([OLDER]);
    render(<ErrorLogView services={services} />);
    fireEvent.click(await screen.findByTestId('clear-error-log'));
    await screen.findByTestId('error-log-empty');
    expect(services.clear).toHaveBeenCalledTimes(1);
  });

  it('shows an error the moment another context records it', async () => {
    const { services, push } = fakeServices([]);
    render(<ErrorLogView services={services} />);
    await screen.findByTestId('error-log-empty');
    push([NEWER]);
    expect(await screen.findAllByTestId('error-log-entry')).toHaveLength(1);
  });

  it('names export files by the local date', () => {
    expect(exportFileName(new Date(2026, 0, 31, 23, 59))).toBe('huashu-zhushou-errors-2026-01-31.json');
  });
});
