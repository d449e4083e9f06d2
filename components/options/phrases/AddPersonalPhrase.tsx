import { useState, type FormEvent } from 'react';
import { Button, Card, Input, Select, Space } from 'antd';
import { categoryLabel } from '../../../utils/i18n/category-label';
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
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const [category, setCategory] = useState('greeting');

  function submit(event: FormEvent) {
    event.preventDefault();
    void onAdd({ text, category }).then((added) => added && setText(''));
  }

  return (
    <Card size="small" title={<h3 className="hs-library-card-title">{t('options.phrases.addTitle')}</h3>}>
      <form className="hs-library-add" onSubmit={submit}>
        <Input.TextArea
          data-testid="personal-text"
          aria-label={t('options.phrases.addTitle')}
          autoSize={{ minRows: 2, maxRows: 6 }}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <Space wrap>
          <Select
            aria-label={t('options.phrases.category')}
            data-testid="personal-category"
            style={{ minWidth: 180 }}
            value={category}
            onChange={(value: string) => setCategory(value)}
            options={categories.map((entry) => ({ value: entry.id, label: categoryLabel(entry.id, categories, lang) }))}
          />
          <Button type="primary" htmlType="submit" data-testid="personal-add" disabled={text.trim() === ''}>
            {t('options.phrases.add')}
          </Button>
        </Space>
      </form>
    </Card>
  );
}
