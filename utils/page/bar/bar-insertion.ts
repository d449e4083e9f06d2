import type { InsertPhrase } from '../phrase-insertion';
import type { BarModelDeps } from './bar-model';

/**
 * How the bar inserts, over the page's one insertion path: a suggestion as a phrase (filled for
 * the thread it answers, its use counted), a fact from the facts card as plain text (as written,
 * no phrase use). An insertion the path called off reads as not verified.
 */
export function barInsertion(insertPhrase: InsertPhrase): Pick<BarModelDeps, 'insert' | 'insertFact'> {
  return {
    insert: async (suggestion, thread) =>
      (await insertPhrase({ text: suggestion.text, phraseUid: suggestion.phraseUid, category: suggestion.category }, { thread })) ?? {
        ok: false,
        reason: 'not-verified',
      },
    insertFact: async (value) => (await insertPhrase({ text: value, plain: true })) ?? { ok: false, reason: 'not-verified' },
  };
}
