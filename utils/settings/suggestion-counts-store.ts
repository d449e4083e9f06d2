import { defineLocalItem } from './local-item';
import { z } from 'zod';

/**
 * How often each phrase was suggested (shown to the agent for a buyer turn), for the lead's
 * funnel suggested → inserted → sent. Phrase ids and counts only, next to the settings.
 */
export const suggestionCountSchema = z.object({
  phraseUid: z.string().min(3).max(200),
  count: z.number().int().min(1),
  lastAt: z.number(),
});
export type SuggestionCount = z.infer<typeof suggestionCountSchema>;

/** Keyed by phrase uid; the library's phrases bound its size. */
const countsItem = defineLocalItem<Record<string, unknown>>('suggestionCounts', {});

/** Parsed on the way out: a damaged entry is dropped, the others kept. */
export async function loadSuggestionCounts(): Promise<SuggestionCount[]> {
  const stored: unknown = await countsItem.getValue();
  if (typeof stored !== 'object' || stored === null) return [];
  return Object.values(stored).flatMap((entry) => {
    const parsed = suggestionCountSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Adds one suggestion to each phrase given. */
export async function addSuggestionCounts(phraseUids: readonly string[], now: number = Date.now()): Promise<void> {
  if (phraseUids.length === 0) return;
  const counts = new Map((await loadSuggestionCounts()).map((row) => [row.phraseUid, row]));
  for (const phraseUid of phraseUids) {
    const previous = counts.get(phraseUid);
    counts.set(phraseUid, { phraseUid, count: (previous?.count ?? 0) + 1, lastAt: now });
  }
  await countsItem.setValue(Object.fromEntries(counts));
}

/** Puts `rows` in place of every count (a backup restored): the counts are then exactly the backup's. */
export async function replaceSuggestionCounts(rows: readonly SuggestionCount[]): Promise<void> {
  await countsItem.setValue(Object.fromEntries(rows.map((row) => [row.phraseUid, row])));
}
