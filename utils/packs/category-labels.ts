import { BUILT_IN_CATEGORIES } from '../schemas/category';
import type { Pack } from '../schemas/pack';

/** Category id → the Chinese name a lead's spreadsheet uses, for the built-in categories and the pack's own. */
export function chineseCategoryLabels(pack: Pack): Map<string, string> {
  return new Map<string, string>([
    ...BUILT_IN_CATEGORIES.map((category) => [category.id, category.labels['zh-CN']] as const),
    ...pack.categories.map((category) => [category.id, category.labels['zh-CN']] as const),
  ]);
}
