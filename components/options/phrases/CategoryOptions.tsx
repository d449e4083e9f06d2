import { categoryLabel } from '../../../utils/i18n/category-label';
import { useI18n } from '../../i18n/i18n-provider';
import type { Category } from '../../../utils/schemas/category';

/** The <option>s of a category picker, named in the agent's language. */
export function CategoryOptions({ categories }: { categories: readonly Category[] }) {
  const { lang } = useI18n();
  return categories.map((entry) => (
    <option key={entry.id} value={entry.id}>
      {categoryLabel(entry.id, categories, lang)}
    </option>
  ));
}
