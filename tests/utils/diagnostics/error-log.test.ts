import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ERROR_LOG_CAPACITY, errorLogExportSchema } from '../../../utils/diagnostics/error-entry';
import { appendToLog, clearErrorLog, exportErrorLog, readErrorLog, recordError, watchErrorLog } from '../../../utils/diagnostics/error-log';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the local error log a team lead can look at and export', () => {
  it('remembers kind, context, place and time of each error, newest last', async () => {
    await recordError({ type: 'TypeError', context: 'popup', module: 'chunks/popup.js:1:2', time: 1000 });
    await recordError({ type: 'ZodError', context: 'background', module: 'seed-default-pack', time: 2000 });

    expect(await readErrorLog()).toEqual([
      { type: 'TypeError', context: 'popup', module: 'chunks/popup.js:1:2', time: 1000, count: 1 },
      { type: 'ZodError', context: 'background', module: 'seed-default-pack', time: 2000, count: 1 },
    ]);
  });

  it('counts an error that repeats right after itself instead of filling the log', async () => {
    for (let time = 1; time <= 50; time += 1) {
      void recordError({ type: 'TypeError', context: 'content', module: 'content-scripts/content.js:1:5', time });
    }
    await recordError({ type: 'TypeError', context: 'content', module: 'content-scripts/content.js:1:5', time: 51 });
    expect(await readErrorLog()).toEqual([
      { type: 'TypeError', context: 'content', module: 'content-scripts/content.js:1:5', time: 51, count: 51 },
    ]);
  });

  it(`keeps only the last ${ERROR_LOG_CAPACITY} errors`, () => {
    const records = Array.from({ length: ERROR_LOG_CAPACITY + 20 }, (_, index) => ({
      type: index % 2 === 0 ? 'TypeError' : 'RangeError',
      context: 'background' as const,
      module: null,
      time: index,
    }));
    const log = appendToLog([], records);
    expect(log).toHaveLength(ERROR_LOG_CAPACITY);
    expect(log[0]?.time).toBe(20);
    expect(log.at(-1)?.time).toBe(ERROR_LOG_CAPACITY + 19);
  });

  it('never stores a record that could carry text: a type or place that is not code is refused', async () => {
    await recordError({ type: '买家电话13812345678', context: 'content', module: null, time: 1 });
    await recordError({ type: 'Error', context: 'content', module: '地址 上海市', time: 2 });
    expect(await readErrorLog()).toEqual([]);
  });

  it('skips damaged stored entries instead of failing to show the rest', async () => {
    await fakeBrowser.storage.local.set({ errorLog: [{ type: 'TypeError', context: 'popup', module: null, time: 5, count: 1 }, { nonsense: true }, 'x'] });
    expect(await readErrorLog()).toEqual([{ type: 'TypeError', context: 'popup', module: null, time: 5, count: 1 }]);
  });

  it('exports the entries with the version they came from, and clears on request', async () => {
    await recordError({ type: 'TypeError', context: 'demo', module: null, time: 7 });
    const exported = await exportErrorLog('0.1.0', new Date('2026-01-02T03:04:05Z'));
    expect(errorLogExportSchema.parse(exported)).toEqual({
      format: 1,
      version: '0.1.0',
      exportedAt: '2026-01-02T03:04:05.000Z',
      entries: [{ type: 'TypeError', context: 'demo', module: null, time: 7, count: 1 }],
    });

    await clearErrorLog();
    expect(await readErrorLog()).toEqual([]);
  });

  it('tells a watcher (the options page view) when an error arrives', async () => {
    const seen: number[] = [];
    const stop = watchErrorLog((entries) => seen.push(entries.length));
    await recordError({ type: 'TypeError', context: 'options', module: null, time: 1 });
    await expect.poll(() => seen).toEqual([1]);
    stop();
  });
});
