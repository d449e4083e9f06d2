import type { UiLanguage } from '../schemas/settings';
import { BUILT_IN_TOPICS, type Topic } from '../schemas/topic';

/**
 * The name an agent reads for a topic: the library's own topics first, then the built-in ones,
 * then the part of the id after its category, so nothing renders blank. A topic without an
 * English label shows its Chinese one in the English UI.
 */
export function topicLabel(topicId: string, topics: readonly Topic[], lang: UiLanguage): string {
  const topic = topics.find((candidate) => candidate.id === topicId) ?? BUILT_IN_TOPICS.find((candidate) => candidate.id === topicId);
  if (!topic) return topicId.slice(topicId.indexOf('.') + 1);
  return (lang === 'en' ? topic.labels.en : undefined) ?? topic.labels['zh-CN'];
}

/** The built-in topics and the library's own, each once, the built-in ones first. */
export function allTopics(libraryTopics: readonly Topic[]): Topic[] {
  const seen = new Set<string>();
  return [...BUILT_IN_TOPICS, ...libraryTopics].filter((topic) => !seen.has(topic.id) && Boolean(seen.add(topic.id)));
}
