import { categoryLabel } from '../i18n/category-label';
import { topicLabel } from '../i18n/topic-label';
import type { Category } from '../schemas/category';
import type { UiLanguage } from '../schemas/settings';
import type { Topic } from '../schemas/topic';

/** Where a batch move sends phrases: a category, and a topic under it (none: its general topic). */
export interface MoveTarget {
  category: string;
  topic?: string | undefined;
}

export interface MoveTargetGroup {
  label: string;
  options: { value: string; label: string }[];
}

/** One string per target, for a picker's value: "after-sales" or "after-sales|after-sales.damaged". */
export function encodeMoveTarget(target: MoveTarget): string {
  return target.topic === undefined ? target.category : `${target.category}|${target.topic}`;
}

export function decodeMoveTarget(value: string): MoveTarget {
  const [category = '', topic] = value.split('|');
  return topic === undefined ? { category } : { category, topic };
}

/**
 * The places phrases can be moved to, grouped by category: first the category itself (its
 * general topic, labelled `general`), then its topics by name.
 */
export function moveTargetGroups(categories: readonly Category[], topics: readonly Topic[], lang: UiLanguage, general: string): MoveTargetGroup[] {
  return categories.map((category) => {
    const name = categoryLabel(category.id, categories, lang);
    return {
      label: name,
      options: [
        { value: encodeMoveTarget({ category: category.id }), label: `${name} › ${general}` },
        ...topics
          .filter((topic) => topic.category === category.id)
          .map((topic) => ({ value: encodeMoveTarget({ category: category.id, topic: topic.id }), label: `${name} › ${topicLabel(topic.id, topics, lang)}` }))
          .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN')),
      ],
    };
  });
}
