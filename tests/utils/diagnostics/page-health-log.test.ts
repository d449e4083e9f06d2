import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAGE_HEALTH_LOG_CAPACITY } from '../../../utils/schemas/page-health';
import { appendSightings, clearPageHealthLog, readPageHealthLog, recordPageHealth, watchPageHealthLog } from '../../../utils/diagnostics/page-health-log';

beforeEach(() => {
  fakeBrowser.reset();
});

const BROKEN = { client: 'pinduoduo', failed: ['messageList', 'input'] as const, genericFallback: false, version: '1.4.0' };

describe('the local log of client pages that stopped matching', () => {
  it('keeps client, parts, version and time, newest last; nothing of the page', async () => {
    await recordPageHealth({ ...BROKEN, failed: ['messageList', 'input'], time: 1000 });
    await recordPageHealth({ client: 'feige', failed: ['input'], genericFallback: true, version: '1.4.0', time: 2000 });
    const records = await readPageHealthLog();
    expect(records).toEqual([
      { client: 'pinduoduo', failed: ['messageList', 'input'], genericFallback: false, version: '1.4.0', time: 1000, count: 1 },
      { client: 'feige', failed: ['input'], genericFallback: true, version: '1.4.0', time: 2000, count: 1 },
    ]);
    expect(Object.keys(records[0] ?? {}).sort()).toEqual(['client', 'count', 'failed', 'genericFallback', 'time', 'version']);
  });

  it('the same failure of a client again (another page load) counts up and moves to the top', async () => {
    await recordPageHealth({ ...BROKEN, failed: ['messageList', 'input'], time: 1000 });
    await recordPageHealth({ client: 'feige', failed: ['input'], genericFallback: false, version: '1.4.0', time: 2000 });
    await recordPageHealth({ ...BROKEN, failed: ['messageList', 'input'], time: 3000 });
    expect((await readPageHealthLog()).map((record) => [record.client, record.time, record.count])).toEqual([
      ['feige', 2000, 1],
      ['pinduoduo', 3000, 2],
    ]);
  });

  it('keeps the newest records only, and refuses what does not fit the format', () => {
    const many = Array.from({ length: PAGE_HEALTH_LOG_CAPACITY + 5 }, (_, index) => ({
      client: index % 2 ? 'pinduoduo' : 'kuaishou',
      failed: [index % 3 ? 'input' : 'message'] as ('input' | 'message')[],
      genericFallback: false,
      version: `1.${index}.0`,
      time: index,
    }));
    const log = appendSightings([], many);
    expect(log).toHaveLength(PAGE_HEALTH_LOG_CAPACITY);
    expect(log.at(-1)?.time).toBe(PAGE_HEALTH_LOG_CAPACITY + 4);
    expect(appendSightings([], [{ client: '拼多多', failed: ['input'], genericFallback: false, version: '1', time: 1 }])).toEqual([]);
  });

  it('is watched by the console and cleared', async () => {
    const seen: number[] = [];
    const stop = watchPageHealthLog((records) => seen.push(records.length));
    await recordPageHealth({ ...BROKEN, failed: ['messageList', 'input'], time: 1 });
    await clearPageHealthLog();
    stop();
    expect(seen).toEqual([1, 0]);
    expect(await readPageHealthLog()).toEqual([]);
  });
});
