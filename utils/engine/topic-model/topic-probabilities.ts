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
    const slot = findCode(model.codes, code);
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
  let best = -Infinity;
  for (const score of scores) best = Math.max(best, score);
  let sum = 0;
  for (let topic = 0; topic < scores.length; topic += 1) {
    const value = Math.exp((scores[topic] ?? 0) - best);
    scores[topic] = value;
    sum += value;
  }
  for (let topic = 0; topic < scores.length; topic += 1) scores[topic] = (scores[topic] ?? 0) / sum;
  return scores;
}

function findCode(codes: Uint32Array, code: number): number {
  let low = 0;
  let high = codes.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = codes[middle] ?? 0;
    if (value === code) return middle;
    if (value < code) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
