import { BUILT_IN_CATEGORIES } from '../schemas/category';
import type { Pack } from '../schemas/pack';
import { BUILT_IN_TOPICS } from '../schemas/built-in-topics';

/** Category id → the Chinese name a lead's spreadsheet uses, for the built-in categories and the pack's own. */
export function chineseCategoryLabels(pack: Pack): Map<string, string> {
  return new Map<string, string>([
    ...BUILT_IN_CATEGORIES.map((category) => [category.id, category.labels['zh-CN']] as const),
    ...pack.categories.map((category) => [category.id, category.labels['zh-CN']] as const),
  ]);
}

/** Topic id → the Chinese name a lead's spreadsheet uses, for the built-in topics and the pack's own. */
export function chineseTopicLabels(pack: Pack): Map<string, string> {
  return new Map<string, string>([...BUILT_IN_TOPICS, ...pack.topics].map((topic) => [topic.id, topic.labels['zh-CN']] as const));
}
