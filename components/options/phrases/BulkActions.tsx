import { useState } from 'react';
import { CategoryOptions } from './CategoryOptions';
import { useI18n } from '../../i18n/i18n-provider';
import type { Category } from '../../../utils/schemas/category';

/** For the ticked personal phrases: delete them, or move them to another category. */
export function BulkActions({
  count,
  categories,
  onDelete,
  onMove,
}: {
  count: number;
  categories: readonly Category[];
  onDelete: () => Promise<boolean>;
  onMove: (category: string) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [target, setTarget] = useState(categories[0]?.id ?? 'greeting');
  return (
    <div className="hs-options-actions" data-testid="bulk-actions">
      <span>{t('options.phrases.checked', { count })}</span>
      <button
        type="button"
        className="hs-button hs-button--danger"
        data-testid="bulk-delete"
        onClick={() => {
          if (window.confirm(t('options.phrases.confirmBulkDelete', { count }))) void onDelete();
        }}
      >
        {t('options.phrases.bulkDelete')}
      </button>
      <select aria-label={t('options.phrases.category')} data-testid="bulk-category" value={target} onChange={(event) => setTarget(event.currentTarget.value)}>
        <CategoryOptions categories={categories} />
      </select>
      <button type="button" className="hs-button" data-testid="bulk-move" onClick={() => void onMove(target)}>
        {t('options.phrases.bulkMove')}
      </button>
    </div>
  );
}
