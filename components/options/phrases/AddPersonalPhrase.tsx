import { useState, type FormEvent } from 'react';
import { CategoryOptions } from './CategoryOptions';
import { useI18n } from '../../i18n/i18n-provider';
import type { Category } from '../../../utils/schemas/category';

/** 新增个人话术: text and category; the library checks the text like any phrase. */
export function AddPersonalPhrase({
  categories,
  onAdd,
}: {
  categories: readonly Category[];
  onAdd: (input: { text: string; category: string }) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [category, setCategory] = useState('greeting');

  function submit(event: FormEvent) {
    event.preventDefault();
    void onAdd({ text, category }).then((added) => added && setText(''));
  }

  return (
    <form className="hs-options-form hs-options-add" onSubmit={submit}>
      <h3>{t('options.phrases.addTitle')}</h3>
      <textarea data-testid="personal-text" aria-label={t('options.phrases.addTitle')} rows={2} value={text} onChange={(event) => setText(event.currentTarget.value)} />
      <label>
        {t('options.phrases.category')}
        <select data-testid="personal-category" value={category} onChange={(event) => setCategory(event.currentTarget.value)}>
          <CategoryOptions categories={categories} />
        </select>
      </label>
      <button type="submit" className="hs-button hs-button--primary" data-testid="personal-add" disabled={text.trim() === ''}>
        {t('options.phrases.add')}
      </button>
    </form>
  );
}
