import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPageHealthMonitor, type PageHealthMonitor } from '../../../utils/page/page-health-monitor';
import { pinduoduoAdapter } from '../../../utils/sites/pinduoduo-adapter';
import type { PageHealthSighting } from '../../../utils/diagnostics/page-health-log';
import { openSiteFixture, type OpenedSiteFixture } from '../../fixtures/sites/open-site-fixture';
import { SITE_FIXTURES } from '../../fixtures/sites/site-fixtures';
import { PINDUODUO_UNREADABLE, UNREADABLE_PLANTED } from '../../fixtures/sites/variants/site-variants';

/**
 * The content script's page-health monitor on 拼多多's pages: the stock page reads, the unreadable
 * build is recorded once it settled — and a page still loading is not.
 */

let page: OpenedSiteFixture;
let monitor: PageHealthMonitor;
let now: number;
let sightings: PageHealthSighting[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  now = 1_000_000;
  sightings = [];
});
afterEach(() => {
  monitor.stop();
  page.close();
  vi.useRealTimers();
});

function start(fixture: { file: string; url: string }) {
  page = openSiteFixture(fixture);
  monitor = startPageHealthMonitor({
    client: pinduoduoAdapter,
    doc: page.document,
    version: '1.4.0',
    record: (sighting) => sightings.push(sighting),
    now: () => now,
    intervals: { ok: 15_000, unsettled: 1_500 },
  });
}

async function wait(ms: number) {
  for (let waited = 0; waited < ms; waited += 500) {
    now += 500;
    await vi.advanceTimersByTimeAsync(500);
  }
}

describe('the page-health monitor', () => {
  it('the stock page reads: ok, nothing recorded', async () => {
    start(SITE_FIXTURES.pinduoduo);
    await wait(20_000);
    expect(monitor.current()).toEqual({ client: 'pinduoduo', status: 'ok', failed: [], genericFallback: false });
    expect(sightings).toEqual([]);
  });

  it('a build the adapter cannot read: checking at first, then changed and recorded once, with no text', async () => {
    start(PINDUODUO_UNREADABLE);
    expect(monitor.current().status).toBe('checking');
    await wait(3_000);
    expect(sightings).toEqual([]);
    await wait(6_000);
    expect(monitor.current()).toMatchObject({ client: 'pinduoduo', status: 'changed', failed: ['messageList', 'input'] });
    await wait(30_000);
    expect(sightings).toEqual([{ client: 'pinduoduo', failed: ['messageList', 'input'], genericFallback: false, version: '1.4.0', time: expect.any(Number) }]);
  });

  it('a page still loading is not reported: the conversation that renders in time reads', async () => {
    start(SITE_FIXTURES.pinduoduo);
    const list = page.document.querySelector('#msgListContainer');
    const parent = list?.parentElement;
    list?.remove();
    await wait(3_000);
    if (list) parent?.insertBefore(list, parent.querySelector('.reply-box'));
    await wait(20_000);
    expect(sightings).toEqual([]);
    expect(monitor.current().status).toBe('ok');
  });

  it('exports the structure of the page it watches, validated, without the planted buyer details', () => {
    start(PINDUODUO_UNREADABLE);
    const exported = monitor.exportStructure(new Date('2026-12-06T08:00:00Z'));
    expect(exported).toMatchObject({ format: 1, client: 'pinduoduo', version: '1.4.0', root: 'body', exportedAt: '2026-12-06T08:00:00.000Z' });
    const json = JSON.stringify(exported);
    for (const planted of UNREADABLE_PLANTED) expect(json).not.toContain(planted);
  });

  it('no client: says so, and refuses to export', () => {
    page = openSiteFixture(SITE_FIXTURES.pinduoduo);
    monitor = startPageHealthMonitor({ client: null, doc: page.document, version: '1.4.0', record: (sighting) => sightings.push(sighting) });
    expect(monitor.current()).toEqual({ client: null, status: 'no-chat', failed: [], genericFallback: false });
    expect(() => monitor.exportStructure()).toThrow(/supported chat clients/);
  });
});
