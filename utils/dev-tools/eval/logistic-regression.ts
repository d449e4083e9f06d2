import { topicFeatures } from '../../engine/topic-model/topic-features';
import type { TopicExample, TopicModel } from '../../engine/topic-model/topic-model-types';
import { TopicNumbers } from '../../engine/topic-model/topic-numbers';
import { softmaxInPlace } from '../../engine/topic-model/topic-probabilities';

/**
 * The design naive Bayes was compared with (docs/quality.md, "The topic model"; not shipped):
 * multinomial logistic regression over the same hashed grams as naive Bayes, trained by
 * stochastic gradient descent. Deterministic: examples are visited in an order drawn from a
 * seeded generator, so the same examples and seed give the same weights on every machine.
 * Only weights that matter are kept (|w| ≥ keepAbove), which is what keeps the stored model small.
 */
export interface LogisticOptions {
  epochs: number;
  learningRate: number;
  /** Grams seen in fewer than this many examples' worth are not features. */
  minCount: number;
  /** L2 shrinkage per update, against memorising one example's rare grams. */
  l2: number;
  keepAbove: number;
  seed: number;
}

export const LOGISTIC_DEFAULTS: LogisticOptions = { epochs: 12, learningRate: 20, minCount: 1, l2: 1e-6, keepAbove: 0.05, seed: 20261205 };

export function trainLogistic(examples: readonly TopicExample[], options: LogisticOptions = LOGISTIC_DEFAULTS): TopicModel {
  const numbering = new TopicNumbers();
  const rows: { features: Uint32Array; topic: number; weight: number }[] = [];
  const frequency = new Map<number, number>();
  for (const example of examples) {
    if (!(example.weight > 0)) continue;
    const topic = numbering.numberOf(example.topic, example.category);
    const features = topicFeatures(example.text);
    for (const code of features) frequency.set(code, (frequency.get(code) ?? 0) + example.weight);
    rows.push({ features, topic, weight: example.weight });
  }
  const kept = [...frequency.keys()].filter((code) => (frequency.get(code) ?? 0) >= options.minCount).sort((a, b) => a - b);
  const column = new Map(kept.map((code, rank) => [code, rank]));
  const topics = numbering.topicIds.length;
  const weights = new Float32Array(kept.length * topics);
  const bias = new Float32Array(topics);
  const columnsOf = rows.map((row) => Uint32Array.from([...row.features].flatMap((code) => (column.has(code) ? [column.get(code) ?? 0] : []))));
  const random = mulberry32(options.seed);
  const order = rows.map((_, at) => at);
  const scores = new Float64Array(topics);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    shuffle(order, random);
    const rate = options.learningRate / (1 + epoch);
    for (const at of order) {
      const row = rows[at];
      const features = columnsOf[at];
      if (row === undefined || features === undefined || features.length === 0) continue;
      // The mean of the features, so a long message does not take a longer step.
      const step = 1 / features.length;
      scores.set(bias);
      for (const feature of features) {
        const base = feature * topics;
        for (let topic = 0; topic < topics; topic += 1) scores[topic] = (scores[topic] ?? 0) + step * (weights[base + topic] ?? 0);
      }
      softmaxInPlace(scores);
      for (let topic = 0; topic < topics; topic += 1) {
        const gradient = row.weight * ((scores[topic] ?? 0) - (topic === row.topic ? 1 : 0));
        bias[topic] = (bias[topic] ?? 0) - rate * gradient * 0.1;
        const update = rate * gradient * step;
        for (const feature of features) {
          const slot = feature * topics + topic;
          weights[slot] = (weights[slot] ?? 0) * (1 - options.l2) - update;
        }
      }
    }
  }
  // Kept sparse: each feature's weights that matter, scaled back to per-feature-mean units later.
  const pairStarts = new Uint32Array(kept.length + 1);
  const pairTopics: number[] = [];
  const pairWeights: number[] = [];
  kept.forEach((_, feature) => {
    for (let topic = 0; topic < topics; topic += 1) {
      const weight = weights[feature * topics + topic] ?? 0;
      if (Math.abs(weight) < options.keepAbove) continue;
      pairTopics.push(topic);
      pairWeights.push(weight);
    }
    pairStarts[feature + 1] = pairTopics.length;
  });
  return {
    ...numbering.columns(),
    codes: Uint32Array.from(kept),
    pairStarts,
    pairTopics: Uint32Array.from(pairTopics),
    pairWeights: Float32Array.from(pairWeights),
    unseen: new Float32Array(topics),
    priors: bias,
    // Trained on the mean of the features: the same at reading.
    scale: 1,
    lengthExponent: 1,
  };
}

/** A small seeded generator (mulberry32): the same seed, the same sequence, everywhere. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(order: number[], random: () => number): void {
  for (let at = order.length - 1; at > 0; at -= 1) {
    const other = Math.floor(random() * (at + 1));
    const value = order[at] ?? 0;
    order[at] = order[other] ?? 0;
    order[other] = value;
  }
}
