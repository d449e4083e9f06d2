import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PracticeResult } from '../../../utils/schemas/practice-result';
import {
  loadLastPracticeResults,
  loadPracticeHistory,
  PRACTICE_HISTORY_LIMIT,
  recordPracticeResult,
} from '../../../utils/settings/practice-history-store';

const result = (scenarioId: string, points: number, finishedAt: number): PracticeResult => ({
  scenarioId,
  finishedAt,
  points,
  grade: points >= 90 ? 'excellent' : 'pass',
  turns: 6,
  withinStandard: 5,
  caughtBeforeSending: 1,
  riskySent: 0,
  suggestionsUsed: 4,
  replies: 6,
});

beforeEach(() => fakeBrowser.reset());

describe('practice history on this computer', () => {
  it('keeps each finished practice and tells the last try of each scenario', async () => {
    await recordPracticeResult(result('practice-standard', 70, 1));
    await recordPracticeResult(result('practice-complaint', 55, 2));
    await recordPracticeResult(result('practice-standard', 95, 3));

    expect((await loadPracticeHistory()).map((entry) => entry.points)).toEqual([70, 55, 95]);
    const last = await loadLastPracticeResults();
    expect(last.get('practice-standard')?.points).toBe(95);
    expect(last.get('practice-complaint')?.points).toBe(55);
    expect(last.has('practice-after-sales')).toBe(false);
  });

  it(`keeps the latest ${PRACTICE_HISTORY_LIMIT} only`, async () => {
    for (let at = 1; at <= PRACTICE_HISTORY_LIMIT + 5; at += 1) await recordPracticeResult(result('practice-standard', 60, at));
    const history = await loadPracticeHistory();
    expect(history).toHaveLength(PRACTICE_HISTORY_LIMIT);
    expect(history[0]?.finishedAt).toBe(6);
  });

  it('drops a damaged entry and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({ practiceHistory: [{ scenarioId: 'practice-standard', points: 'lots' }, result('practice-standard', 80, 9)] });
    expect((await loadPracticeHistory()).map((entry) => entry.points)).toEqual([80]);
  });
});
