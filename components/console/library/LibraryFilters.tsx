import { useState, type CompositionEvent } from 'react';
import { Button, Checkbox, Input, Select, Space } from 'antd';
import { LOCK_FILTERS, NO_FILTER, type LockFilter, type PhraseFilter } from '../../../utils/library-view/filter-phrases';
import { useI18n } from '../../console/use-console-i18n';

const LOCK_LABELS = {
  all: 'console.library.filter.lockAll',
  locked: 'console.library.filter.locked',
  unlocked: 'console.library.filter.unlocked',
} as const satisfies Record<LockFilter, string>;

/**
 * The table's search and filters. Pinyin being composed is not a query yet: the box searches
 * only committed text, so 包邮 typed as "baoyou" does not search "bao" on the way.
 */
export function LibraryFilters({
  filter,
  packs,
  onChange,
}: {
  filter: PhraseFilter;
  packs: readonly { id: string; name: string }[];
  onChange: (filter: PhraseFilter) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(filter.query);
  const [composing, setComposing] = useState(false);
  const update = (patch: Partial<PhraseFilter>) => onChange({ ...filter, ...patch });

  return (
    <Space wrap className="hs-library-filters">
      <Input
        type="search"
        allowClear={false}
        data-testid="options-phrase-search"
        aria-label={t('console.library.search')}
        placeholder={t('console.library.search')}
        style={{ width: 320 }}
        value={text}
        onCompositionStart={() => setComposing(true)}
        onCompositionEnd={(event: CompositionEvent<HTMLInputElement>) => {
          setComposing(false);
          update({ query: event.currentTarget.value });
        }}
        onChange={(event) => {
          setText(event.target.value);
          if (!composing) update({ query: event.target.value });
        }}
      />
      <Select
        aria-label={t('console.library.filter.pack')}
        data-testid="library-filter-pack"
        style={{ minWidth: 180 }}
        value={filter.packId}
        onChange={(packId: string) => update({ packId })}
        options={[{ value: '', label: t('console.library.filter.allPacks') }, ...packs.map((pack) => ({ value: pack.id, label: pack.name }))]}
      />
      <Select
        aria-label={t('console.library.filter.lock')}
        data-testid="library-filter-locked"
        style={{ minWidth: 150 }}
        value={filter.locked}
        onChange={(locked: LockFilter) => update({ locked })}
        options={LOCK_FILTERS.map((value) => ({ value, label: t(LOCK_LABELS[value]) }))}
      />
      <Checkbox data-testid="library-filter-never-used" checked={filter.neverUsed} onChange={(event) => update({ neverUsed: event.target.checked })}>
        {t('console.library.filter.neverUsed')}
      </Checkbox>
      <Button
        onClick={() => {
          setText('');
          onChange(NO_FILTER);
        }}
      >
        {t('console.library.filter.reset')}
      </Button>
    </Space>
  );
}
