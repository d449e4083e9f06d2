import type { Evidence } from './message-evidence';
import type { LibraryIndex } from './library-index';
import { NO_MODEL_TOPIC } from './topic-model/phrase-topics';
import { topicProbabilities } from './topic-model/topic-probabilities';

/** What the topic model reads in one buyer message. */
export interface TopicReading {
  /** P(topic | message), parallel to index.topicModel.topicIds; all zero when nothing was known. */
  topics: Float64Array;
  /** P(category | message): its topics' sum. */
  categories: Map<string, number>;
}

/** The topic model's reading of a buyer message's content (message-evidence.ts buyerContent). */
export function readTopics(index: LibraryIndex, content: string): TopicReading {
  const model = index.topicModel;
  const topics = topicProbabilities(model, content);
  const categories = new Map<string, number>();
  topics.forEach((probability, topic) => {
    if (probability === 0) return;
    const category = model.categoryIds[model.topicCategories[topic] ?? 0] ?? '';
    categories.set(category, (categories.get(category) ?? 0) + probability);
  });
  return { topics, categories };
}

/**
 * A phrase's topic against the likeliest topic of its own category: 1 for the best, less for
 * the others, 0 for a topic the model never saw. Comparable within a category, where phrases
 * compete for its places.
 */
export function topicShareOf(index: LibraryIndex, reading: TopicReading, position: number, categoryBest: number): number {
  if (categoryBest <= 0) return 1;
  const topic = index.phraseTopics[position] ?? NO_MODEL_TOPIC;
  if (topic === NO_MODEL_TOPIC) return 0;
  return (reading.topics[topic] ?? 0) / categoryBest;
}

/** The model topics of a category, likeliest first, down to `share` of the best. */
export function likelyTopicsOf(index: LibraryIndex, reading: TopicReading, category: string, share: number): number[] {
  const model = index.topicModel;
  const number = model.categoryIds.indexOf(category);
  if (number === -1) return [];
  const topics: number[] = [];
  for (let topic = 0; topic < model.topicIds.length; topic += 1) {
    if (model.topicCategories[topic] === number && (reading.topics[topic] ?? 0) > 0) topics.push(topic);
  }
  topics.sort((a, b) => (reading.topics[b] ?? 0) - (reading.topics[a] ?? 0) || a - b);
  const best = reading.topics[topics[0] ?? 0] ?? 0;
  return topics.filter((topic) => (reading.topics[topic] ?? 0) >= best * share);
}

/** The best topic probability of a category (0 when none). */
export function bestTopicOf(index: LibraryIndex, reading: TopicReading, category: string): number {
  const model = index.topicModel;
  const number = model.categoryIds.indexOf(category);
  let best = 0;
  for (let topic = 0; topic < model.topicIds.length; topic += 1) {
    if (model.topicCategories[topic] === number) best = Math.max(best, reading.topics[topic] ?? 0);
  }
  return best;
}

/**
 * The message's category evidence with the model's reading blended in: the triggers found and
 * the model's probability count as independent hints (noisy-or), the model weighted by `weight`.
 */
export function withModelCategories(categories: Map<string, Evidence>, reading: TopicReading, weight: number): Map<string, Evidence> {
  const result = new Map<string, Evidence>();
  for (const [category, evidence] of categories) {
    const model = (reading.categories.get(category) ?? 0) * weight;
    result.set(category, { ...evidence, confidence: 1 - (1 - evidence.confidence) * (1 - model) });
  }
  for (const [category, probability] of reading.categories) {
    if (result.has(category) || probability * weight < 0.01) continue;
    result.set(category, { confidence: probability * weight, kind: 'trigger', matched: '' });
  }
  return result;
}
