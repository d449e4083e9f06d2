import { categoryLabel } from '../i18n/category-label';
import { topicLabel } from '../i18n/topic-label';
import type { Category } from '../schemas/category';
import type { LibraryPhrase } from '../schemas/phrase';
import type { UiLanguage } from '../schemas/settings';
import { generalTopicOf, type Topic } from '../schemas/topic';

/** A node of the tree: a category, or a topic under it. */
export type TreeNodeKey = { category: string; topic?: string | undefined };

export interface TreeTopicNode {
  id: string;
  label: string;
  count: number;
  locked: number;
}

export interface TreeCategoryNode {
  id: string;
  label: string;
  count: number;
  locked: number;
  /** The packs its phrases come from, so the lead sees whose category it is. */
  packIds: string[];
  topics: TreeTopicNode[];
}

/** The topic a phrase stands in: its own, or its category's general topic. */
export function topicOfPhrase(phrase: Pick<LibraryPhrase, 'category' | 'topic'>): string {
  return phrase.topic ?? generalTopicOf(phrase.category);
}

/**
 * Categories › topics of the phrases shown, as leads think of the library: each with how many
 * phrases and how many of them are locked, named in the UI language, in the order categories
 * are declared (built-in first) and topics by size. Empty categories are left out.
 */
export function libraryTree(
  phrases: readonly LibraryPhrase[],
  lockedUids: ReadonlySet<string>,
  categories: readonly Category[],
  topics: readonly Topic[],
  lang: UiLanguage,
): TreeCategoryNode[] {
  const byCategory = new Map<string, { count: number; locked: number; packs: Set<string>; topics: Map<string, { count: number; locked: number }> }>();
  for (const phrase of phrases) {
    const locked = lockedUids.has(phrase.uid) ? 1 : 0;
    let category = byCategory.get(phrase.category);
    if (!category) {
      category = { count: 0, locked: 0, packs: new Set(), topics: new Map() };
      byCategory.set(phrase.category, category);
    }
    category.count += 1;
    category.locked += locked;
    category.packs.add(phrase.packId);
    const topicId = topicOfPhrase(phrase);
    const topic = category.topics.get(topicId) ?? { count: 0, locked: 0 };
    topic.count += 1;
    topic.locked += locked;
    category.topics.set(topicId, topic);
  }
  const order = new Map(categories.map((category, index) => [category.id, index]));
  return [...byCategory.entries()]
    .sort(([a], [b]) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b))
    .map(([id, node]) => ({
      id,
      label: categoryLabel(id, categories, lang),
      count: node.count,
      locked: node.locked,
      packIds: [...node.packs].sort(),
      topics: [...node.topics.entries()]
        .sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b))
        .map(([topicId, topic]) => ({ id: topicId, label: topicLabel(topicId, topics, lang), ...topic })),
    }));
}

/** Whether a phrase is under a tree node (null: the whole library). */
export function isUnderNode(phrase: Pick<LibraryPhrase, 'category' | 'topic'>, node: TreeNodeKey | null): boolean {
  if (node === null) return true;
  if (phrase.category !== node.category) return false;
  return node.topic === undefined || topicOfPhrase(phrase) === node.topic;
}
