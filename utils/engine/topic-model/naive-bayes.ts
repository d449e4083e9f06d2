import { topicFeatures } from './topic-features';
import { TopicNumbers } from './topic-numbers';
import type { TopicExample, TopicModel } from './topic-model-types';

/**
 * Naive Bayes over the set of a message's grams (binary multinomial, which suits messages of a
 * few words: a gram said twice is not twice the proof). Deterministic: the same examples in
 * the same order give the same model, bit for bit, with no random draw at all.
 */
export interface NaiveBayesOptions {
  /** Additive smoothing: how much an unseen gram counts, against one example's worth. */
  smoothing: number;
  /**
   * Grams only the corpus has, seen in fewer than this many of its lines, are dropped (typos,
   * names, numbers): half the model's size for none of its accuracy. A library's own wordings
   * keep every gram, so a small pack of a lead's own keeps all it has.
   */
  minCount: number;
  /** The softmax's inverse temperature, per known feature's square root. */
  scale: number;
  /**
   * Counts as if every topic had as many examples as the average one: a lead's topic with six
   * wordings then weighs a gram in two of them like a corpus-backed topic with the gram in a
   * third of its 150 lines, instead of losing every common gram to the bigger topic.
   */
  balanced: boolean;
}

export const NAIVE_BAYES_DEFAULTS: NaiveBayesOptions = { smoothing: 0.1, minCount: 2, scale: 1, balanced: true };

export function trainNaiveBayes(examples: Iterable<TopicExample>, options: NaiveBayesOptions = NAIVE_BAYES_DEFAULTS): TopicModel {
  const topics = new TopicNumbers();
  // feature → [topic, weight, topic, weight, …] in order of first sight
  const counts = new Map<number, number[]>();
  const fromLibrary = new Set<number>();
  const examplesPerTopic: number[] = [];
  for (const example of examples) {
    if (!(example.weight > 0)) continue;
    const topic = topics.numberOf(example.topic, example.category);
    examplesPerTopic[topic] = (examplesPerTopic[topic] ?? 0) + example.weight;
    for (const code of topicFeatures(example.text)) {
      if (!example.fromCorpus) fromLibrary.add(code);
      const pairs = counts.get(code);
      if (pairs === undefined) {
        counts.set(code, [topic, example.weight]);
        continue;
      }
      let at = 0;
      while (at < pairs.length && pairs[at] !== topic) at += 2;
      if (at < pairs.length) pairs[at + 1] = (pairs[at + 1] ?? 0) + example.weight;
      else pairs.push(topic, example.weight);
    }
  }

  if (options.balanced) {
    const mean = examplesPerTopic.reduce((sum, count) => sum + count, 0) / Math.max(1, examplesPerTopic.length);
    for (const pairs of counts.values()) {
      for (let at = 0; at < pairs.length; at += 2) pairs[at + 1] = ((pairs[at + 1] ?? 0) * mean) / (examplesPerTopic[pairs[at] ?? 0] ?? 1);
    }
  }
  const kept = [...counts.keys()].filter((code) => fromLibrary.has(code) || total(counts.get(code) ?? []) >= options.minCount).sort((a, b) => a - b);
  const topicTotals = new Float64Array(topics.topicIds.length);
  let pairCount = 0;
  for (const code of kept) {
    const pairs = counts.get(code) ?? [];
    pairCount += pairs.length / 2;
    for (let at = 0; at < pairs.length; at += 2) topicTotals[pairs[at] ?? 0] = (topicTotals[pairs[at] ?? 0] ?? 0) + (pairs[at + 1] ?? 0);
  }
  const vocabulary = kept.length;
  const alpha = options.smoothing;
  const codes = Uint32Array.from(kept);
  const pairStarts = new Uint32Array(kept.length + 1);
  const pairTopics = new Uint32Array(pairCount);
  const pairWeights = new Float32Array(pairCount);
  let next = 0;
  kept.forEach((code, rank) => {
    const pairs = counts.get(code) ?? [];
    // Sorted by topic, so the stored model does not depend on the order examples came in.
    const sorted: [number, number][] = [];
    for (let at = 0; at < pairs.length; at += 2) sorted.push([pairs[at] ?? 0, pairs[at + 1] ?? 0]);
    sorted.sort((a, b) => a[0] - b[0]);
    for (const [topic, weight] of sorted) {
      pairTopics[next] = topic;
      // log P(gram | topic) − log P(unseen gram | topic)
      pairWeights[next] = Math.log1p(weight / alpha);
      next += 1;
    }
    pairStarts[rank + 1] = next;
  });
  const unseen = Float32Array.from(topicTotals, (sum) => Math.log(alpha / (sum + alpha * vocabulary)));
  const columns = topics.columns();
  return {
    ...columns,
    codes,
    pairStarts,
    pairTopics,
    pairWeights,
    unseen,
    priors: new Float32Array(columns.topicIds.length),
    scale: options.scale,
    // Naive Bayes counts correlated grams (在, 吗, 在吗) as independent proof, so its raw odds
    // are far too sure, the more so the longer the message: tempered by the grams' square root.
    lengthExponent: 0.5,
  };
}

function total(pairs: readonly number[]): number {
  let sum = 0;
  for (let at = 1; at < pairs.length; at += 2) sum += pairs[at] ?? 0;
  return sum;
}
