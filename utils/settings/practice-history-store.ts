import { defineLocalItem } from './local-item';
import type { PracticeScoreCard } from '../practice/practice-score';
import { practiceResultSchema, type PracticeResult } from '../schemas/practice-result';

/** Enough to show progress; older tries fall off. */
export const PRACTICE_HISTORY_LIMIT = 50;

/** Finished practices, oldest first, in storage.local next to the settings. */
const historyItem = defineLocalItem<unknown[]>('practiceHistory', []);

/** Parsed on the way out: a damaged entry is dropped, the others kept. */
export async function loadPracticeHistory(): Promise<PracticeResult[]> {
  const stored: unknown = await historyItem.getValue();
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = practiceResultSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The latest try of each scenario, for the picker's "上次" line. */
export async function loadLastPracticeResults(): Promise<ReadonlyMap<string, PracticeResult>> {
  const last = new Map<string, PracticeResult>();
  for (const result of await loadPracticeHistory()) last.set(result.scenarioId, result);
  return last;
}

export function practiceResultOf(card: PracticeScoreCard, finishedAt: number): PracticeResult {
  return practiceResultSchema.parse({
    scenarioId: card.scenarioId,
    finishedAt,
    points: card.points,
    grade: card.grade,
    turns: card.turns.length,
    withinStandard: card.withinStandard,
    caughtBeforeSending: card.caughtBeforeSending,
    riskySent: card.riskySent.length,
    suggestionsUsed: card.suggestionsUsed,
    replies: card.replies,
    ...(card.windowMs === undefined ? {} : { windowSeconds: Math.round(card.windowMs / 1000) }),
  });
}

export async function recordPracticeResult(result: PracticeResult): Promise<void> {
  const history = [...(await loadPracticeHistory()), practiceResultSchema.parse(result)];
  await historyItem.setValue(history.slice(-PRACTICE_HISTORY_LIMIT));
}
