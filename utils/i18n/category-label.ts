import { BUILT_IN_CATEGORIES, type Category } from '../schemas/category';
import type { UiLanguage } from '../schemas/settings';

/**
 * The name an agent reads for a category: the library's own labels first (a pack may rename or
 * add categories), then the built-in table, then the bare id so nothing renders blank.
 * A category without an English label shows its Chinese one in the English UI.
 */
export function categoryLabel(categoryId: string, categories: readonly Category[], lang: UiLanguage): string {
  const category =
    categories.find((candidate) => candidate.id === categoryId) ??
    BUILT_IN_CATEGORIES.find((candidate) => candidate.id === categoryId);
  if (!category) return categoryId;
  return (lang === 'en' ? category.labels.en : undefined) ?? category.labels['zh-CN'];
}
