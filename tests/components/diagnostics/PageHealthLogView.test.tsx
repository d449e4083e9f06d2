// @vitest-environment jsdom
import '../console/antd-in-jsdom';
import { renderInConsole } from '../console-sections/render-in-console';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageHealthLogView } from '../../../components/diagnostics/PageHealthLogView';
import type { PageHealthLogServices } from '../../../components/diagnostics/page-health-log-services';
import type { PageHealthRecord } from '../../../utils/schemas/page-health';

const OLDER: PageHealthRecord = { client: 'feige', failed: ['input'], genericFallback: true, version: '1.3.0', time: 1_000, count: 1 };
const NEWER: PageHealthRecord = { client: 'pinduoduo', failed: ['messageList', 'input'], genericFallback: false, version: '1.4.0', time: 2_000, count: 4 };

function fakeServices(records: PageHealthRecord[]) {
  let notify: (records: PageHealthRecord[]) => void = () => {};
  const services = {
    load: vi.fn(async () => records),
    watch: vi.fn((onChange: (records: PageHealthRecord[]) => void) => {
      notify = onChange;
      return () => {};
    }),
    clear: vi.fn(async () => {}),
  } satisfies PageHealthLogServices;
  return { services, push: (next: PageHealthRecord[]) => act(() => notify(next)) };
}

afterEach(cleanup);

describe('the console’s page recognition log (diagnostics)', () => {
  it('lists each client page that stopped matching, newest first: client, parts not found, version, how often', async () => {
    renderInConsole(<PageHealthLogView services={fakeServices([OLDER, NEWER]).services} />);
    const rows = await screen.findAllByTestId('page-health-record');
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells(rows[0]!).slice(1)).toEqual(['拼多多商家客服', '消息列表、回复框', '1.4.0', '4']);
    expect(cells(rows[1]!).slice(1)).toEqual(['抖店飞鸽', '回复框 （已改用通用识别）', '1.3.0', '1']);
  });

  it('follows new records as content scripts write them, and clears', async () => {
    const { services, push } = fakeServices([]);
    renderInConsole(<PageHealthLogView services={services} />);
    await screen.findByTestId('page-health-log-empty');
    push([NEWER]);
    expect(await screen.findAllByTestId('page-health-record')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('clear-page-health-log'));
    await waitFor(() => expect(services.clear).toHaveBeenCalled());
    await screen.findByTestId('page-health-log-empty');
  });
});
