import { slotOf } from '../gram-table';
import { topicFeatures } from './topic-features';
import type { TopicModel } from './topic-model-types';

/**
 * P(topic | message) for a normalised message, parallel to model.topicIds; all zero when the
 * message has no gram the model knows (nothing to go on is not "every topic alike").
 */
export function topicProbabilities(model: TopicModel, normalized: string): Float64Array {
  const scores = new Float64Array(model.topicIds.length);
  let known = 0;
  for (const code of topicFeatures(normalized)) {
    const slot = slotOf(model.codes, code);
    if (slot === -1) continue;
    known += 1;
    const end = model.pairStarts[slot + 1] ?? 0;
    for (let at = model.pairStarts[slot] ?? 0; at < end; at += 1) {
      const topic = model.pairTopics[at] ?? 0;
      scores[topic] = (scores[topic] ?? 0) + (model.pairWeights[at] ?? 0);
    }
  }
  if (known === 0) return new Float64Array(model.topicIds.length);
  // Every known gram a topic has not seen costs it that topic's unseen weight.
  for (let topic = 0; topic < scores.length; topic += 1) scores[topic] = (scores[topic] ?? 0) + known * (model.unseen[topic] ?? 0);
  const temperature = model.scale / known ** model.lengthExponent;
  for (let topic = 0; topic < scores.length; topic += 1) scores[topic] = (model.priors[topic] ?? 0) + (scores[topic] ?? 0) * temperature;
  softmaxInPlace(scores);
  return scores;
}

/** Scores to probabilities in place (shifted by the best, so no exponent overflows). */
export function softmaxInPlace(scores: Float64Array): void {
  let best = -Infinity;
  for (const score of scores) best = Math.max(best, score);
  let sum = 0;
  for (let at = 0; at < scores.length; at += 1) {
    const value = Math.exp((scores[at] ?? 0) - best);
    scores[at] = value;
    sum += value;
  }
  for (let at = 0; at < scores.length; at += 1) scores[at] = (scores[at] ?? 0) / sum;
}
