import type { UiLanguage } from '../schemas/settings';
import { BUILT_IN_TOPICS } from '../schemas/built-in-topics';
import type { Topic } from '../schemas/topic';
import { topicName } from './topic-name';

/** The library's topic of that id, else the built-in one. */
export function findTopic(topicId: string, topics: readonly Topic[]): Topic | undefined {
  return topics.find((candidate) => candidate.id === topicId) ?? BUILT_IN_TOPICS.find((candidate) => candidate.id === topicId);
}

/**
 * The name an agent reads for a topic: the library's own topics first, then the built-in ones,
 * then the part of the id after its category (topicName).
 */
export function topicLabel(topicId: string, topics: readonly Topic[], lang: UiLanguage): string {
  return topicName(topicId, findTopic(topicId, topics)?.labels, lang);
}

/** The built-in topics and the library's own, each once, the built-in ones first. */
export function allTopics(libraryTopics: readonly Topic[]): Topic[] {
  const seen = new Set<string>();
  return [...BUILT_IN_TOPICS, ...libraryTopics].filter((topic) => !seen.has(topic.id) && Boolean(seen.add(topic.id)));
}
