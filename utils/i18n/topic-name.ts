import type { UiLanguage } from '../schemas/settings';
import type { TopicLabels } from '../schemas/topic';

/**
 * A topic's name in the UI's language from its labels; a topic without an English label shows
 * its Chinese one in the English UI, and one without labels the part of its id after the
 * category, so nothing renders blank. No table of topics here: a chat page uses it too.
 */
export function topicName(topicId: string, labels: TopicLabels | undefined, lang: UiLanguage): string {
  if (!labels) return topicId.slice(topicId.indexOf('.') + 1);
  return (lang === 'en' ? labels.en : undefined) ?? labels['zh-CN'];
}
