import { trainNaiveBayes, NAIVE_BAYES_DEFAULTS } from '../engine/topic-model/naive-bayes';
import type { TopicModel } from '../engine/topic-model/topic-model-types';
import type { LocalizedText, WordingCategory, WordingFinding } from '../schemas/risky-wording-finding';
import { MODEL_RULE_ID } from './model-rule';

/**
 * What the wording check's two models (tone-check.ts, risk-check.ts) share: naive Bayes over the
 * character grams of labelled lines the team wrote — the topic model's own trainer,
 * deterministic — and the finding a model gives, which covers the whole draft and only warns.
 */

/** Trains on `[label, normalised text]` lines. Every gram of the team's own lines counts (minCount 1). */
export function trainDraftModel(lines: readonly (readonly [string, string])[], scale: number = NAIVE_BAYES_DEFAULTS.scale): TopicModel {
  return trainNaiveBayes(
    lines.map(([label, text]) => ({ text, topic: label, category: 'draft', weight: 1, fromCorpus: false })),
    { ...NAIVE_BAYES_DEFAULTS, minCount: 1, scale },
  );
}

/** A model's reading of a whole draft (its surrounding spaces left out): a warning of the rule `model-check`. */
export function modelFinding(draft: string, category: WordingCategory, reason: LocalizedText, alternative: LocalizedText): WordingFinding {
  const start = draft.length - draft.trimStart().length;
  const end = draft.trimEnd().length;
  return { ruleId: MODEL_RULE_ID, category, severity: 'warn', start, end, matchedText: draft.slice(start, end), reason, alternative };
}
