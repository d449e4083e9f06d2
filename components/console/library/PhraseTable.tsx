import { useState } from 'react';
import { Button, Checkbox, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { PhraseUsage } from '../../../utils/library/phrase-usage';
import { PERSONAL_PACK_ID, type LibraryPhrase } from '../../../utils/schemas/phrase';
import { useI18n } from '../../console/use-console-i18n';
import { InlineTextEdit } from './InlineTextEdit';

/** A page of the table: 10,000 phrases cost the DOM fifty rows. */
export const PAGE_SIZE = 50;

const short = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/**
 * The phrases on the right of the library page (antd Table, paginated): text, place, source,
 * shortcut code and uses, a tick box per row for the batch actions, 编辑 in the cell and 详情
 * in the drawer.
 */
export function PhraseTable({
  rows,
  lockedUids,
  editedUids,
  editedLabel,
  usage,
  placeOf,
  packName,
  selectable,
  selected,
  onSelected,
  onOpen,
  onInlineSave,
}: {
  rows: readonly LibraryPhrase[];
  lockedUids: ReadonlySet<string>;
  editedUids: ReadonlySet<string>;
  /** 已个人修改 under 我的话术, 草稿中已改 in a draft. */
  editedLabel: string;
  usage: ReadonlyMap<string, PhraseUsage>;
  placeOf: (phrase: LibraryPhrase) => string;
  packName: (packId: string) => string;
  /** Which rows a batch may act on (under 我的话术, only the agent's own phrases). */
  selectable: (phrase: LibraryPhrase) => boolean;
  selected: ReadonlySet<string>;
  onSelected: (uids: ReadonlySet<string>) => void;
  onOpen: (uid: string) => void;
  /** Saves new wording; the problem to show on the field, or null once saved. */
  onInlineSave: (phrase: LibraryPhrase, text: string) => Promise<string | null>;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const selectableRows = rows.filter(selectable);
  const allChecked = selectableRows.length > 0 && selectableRows.every((row) => selected.has(row.uid));
  const someChecked = selectableRows.some((row) => selected.has(row.uid));
  const lastPage = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));

  const columns: ColumnsType<LibraryPhrase> = [
    {
      key: 'text',
      title: t('console.library.column.text'),
      render: (_value, phrase) =>
        editing === phrase.uid ? (
          <InlineTextEdit
            initial={phrase.text}
            onCancel={() => setEditing(null)}
            onSave={async (text) => {
              const problem = await onInlineSave(phrase, text);
              if (problem === null) setEditing(null);
              return problem;
            }}
          />
        ) : (
          <Typography.Paragraph className="hs-library-table__text" ellipsis={{ rows: 2 }}>
            {phrase.text}
          </Typography.Paragraph>
        ),
    },
    { key: 'place', title: t('console.library.column.place'), width: 170, render: (_value, phrase) => placeOf(phrase) },
    {
      key: 'source',
      title: t('console.library.column.source'),
      width: 150,
      render: (_value, phrase) => (
        <Space size={[4, 4]} wrap>
          {phrase.packId === PERSONAL_PACK_ID ? <Tag color="green">{t('options.phrases.personal')}</Tag> : <Tag>{packName(phrase.packId)}</Tag>}
          {lockedUids.has(phrase.uid) && (
            <Tag color="gold" data-testid="row-locked">
              {t('console.library.lockedTag')}
            </Tag>
          )}
          {editedUids.has(phrase.uid) && <Tag color="blue">{editedLabel}</Tag>}
        </Space>
      ),
    },
    { key: 'shortcut', title: t('console.library.column.shortcut'), width: 90, render: (_value, phrase) => phrase.shortcut ?? '' },
    {
      key: 'uses',
      title: t('console.library.column.uses'),
      width: 100,
      align: 'right',
      sorter: (a, b) => (usage.get(a.uid)?.total ?? 0) - (usage.get(b.uid)?.total ?? 0),
      render: (_value, phrase) => usage.get(phrase.uid)?.total ?? 0,
    },
    {
      key: 'actions',
      title: t('console.library.column.actions'),
      width: 120,
      render: (_value, phrase) => (
        <Space size={0}>
          <Button type="link" size="small" data-testid="phrase-inline-edit" aria-label={t('console.library.editNamed', { text: short(phrase.text) })} onClick={() => setEditing(phrase.uid)}>
            {t('options.phrases.edit')}
          </Button>
          <Button type="link" size="small" data-testid="phrase-open" aria-label={t('console.library.openNamed', { text: short(phrase.text) })} onClick={() => onOpen(phrase.uid)}>
            {t('console.library.open')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="options-phrases" data-count={rows.length}>
      <Table<LibraryPhrase>
        size="middle"
        rowKey="uid"
        columns={columns}
        dataSource={rows as LibraryPhrase[]}
        onRow={(phrase) => ({ 'data-testid': 'options-phrase-row', 'data-phrase-uid': phrase.uid }) as React.HTMLAttributes<HTMLElement>}
        rowSelection={{
          selectedRowKeys: [...selected],
          columnTitle: (
            <Checkbox
              aria-label={t('console.library.selectPage')}
              data-testid="select-all"
              checked={allChecked}
              indeterminate={someChecked && !allChecked}
              disabled={selectableRows.length === 0}
              onChange={(event) => onSelected(event.target.checked ? new Set(selectableRows.map((row) => row.uid)) : new Set())}
            />
          ),
          getCheckboxProps: (phrase) => ({
            disabled: !selectable(phrase),
            'aria-label': t('console.library.selectRow', { text: short(phrase.text) }),
            title: selectable(phrase) ? undefined : t('console.library.batch.personalOnly'),
          }),
          onChange: (keys) => onSelected(new Set(keys.map(String))),
        }}
        pagination={{
          current: Math.min(page, lastPage),
          pageSize: PAGE_SIZE,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
      />
    </div>
  );
}
