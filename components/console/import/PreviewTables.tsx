import type { HTMLAttributes, ReactNode } from 'react';
import { Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useI18n } from '../../console/use-console-i18n';
import type { ImportPreview } from '../../../utils/packs/import-preview';
import type { ImportProblem } from '../../../utils/packs/import-problem';
import type { PhraseSummary } from '../../../utils/packs/pack-diff';
import {
  changedPhraseRows,
  flaggedSegments,
  invalidRowViews,
  type ChangeField,
  type ChangedPhraseRow,
  type InvalidRowView,
} from '../../../utils/packs/preview-rows';

/** Ten rows a page: a 10,000-phrase preview stays quick, and the pager says how many there are. */
const PAGINATION = { pageSize: 10, showSizeChanger: false, hideOnSinglePage: true } as const;

function Counted({ testId, count, children }: { testId: string; count: number; children: ReactNode }) {
  return (
    <div data-testid={testId} data-count={count}>
      {children}
    </div>
  );
}

/** Phrases added or removed: id, category, text. */
export function PhraseTable({ phrases, testId, categoryName }: { phrases: readonly PhraseSummary[]; testId: string; categoryName: (id: string) => string }) {
  const { t } = useI18n();
  const columns: TableColumnsType<PhraseSummary> = [
    { title: t('console.import.column.id'), dataIndex: 'id', width: 160 },
    { title: t('console.import.column.category'), dataIndex: 'category', width: 120, render: (id: string) => categoryName(id) },
    { title: t('console.import.column.text'), dataIndex: 'text' },
  ];
  return (
    <Counted testId={testId} count={phrases.length}>
      <Table size="small" rowKey="id" columns={columns} dataSource={[...phrases]} pagination={PAGINATION} />
    </Counted>
  );
}

/** Changed phrases, each changed field marked: its cell highlighted, the old value struck through. */
export function ChangedTable({ changed, categoryName }: { changed: ImportPreview['changed']; categoryName: (id: string) => string }) {
  const { t } = useI18n();
  const fieldName = (field: ChangeField) => t(`console.import.field.${field}`);
  const shown = (field: ChangeField, value: string) =>
    value === ''
      ? t('console.import.empty')
      : field === 'locked' || field === 'holding'
        ? t(value === 'true' ? 'console.import.yes' : 'console.import.no')
        : field === 'category'
          ? categoryName(value)
          : value;
  const cellOf = (field: ChangeField) => (row: ChangedPhraseRow) =>
    row.changes[field] ? { className: 'hs-import-changed', 'data-changed-field': field } : {};
  const diff = (field: ChangeField, row: ChangedPhraseRow, current: string) => {
    const change = row.changes[field];
    if (!change) return field === 'category' ? categoryName(current) : current;
    return (
      <>
        <del>{shown(field, change.before)}</del> <ins>{shown(field, change.after)}</ins>
      </>
    );
  };
  const columns: TableColumnsType<ChangedPhraseRow> = [
    { title: t('console.import.column.id'), dataIndex: 'id', width: 140 },
    { title: t('console.import.column.category'), dataIndex: 'category', width: 140, onCell: cellOf('category'), render: (value: string, row) => diff('category', row, value) },
    { title: t('console.import.column.text'), dataIndex: 'text', onCell: cellOf('text'), render: (value: string, row) => diff('text', row, value) },
    {
      title: t('console.import.column.fields'),
      key: 'fields',
      width: 280,
      render: (_value, row) => (
        <Space orientation="vertical" size={2}>
          <span>
            {row.changedFields.map((field) => (
              <Tag key={field} color="orange">
                {fieldName(field)}
              </Tag>
            ))}
          </span>
          {row.changedFields
            .filter((field) => field !== 'text' && field !== 'category')
            .map((field) => (
              <span key={field} className="hs-import-changed" data-changed-field={field}>
                {fieldName(field)}：{diff(field, row, '')}
              </span>
            ))}
        </Space>
      ),
    },
  ];
  return (
    <Counted testId="preview-changed-list" count={changed.length}>
      <Table size="small" rowKey="key" columns={columns} dataSource={changedPhraseRows(changed)} pagination={PAGINATION} />
    </Counted>
  );
}

/** Rows the import leaves out (or a whole file refused): sheet, row, column, why, and what would be accepted. */
export function InvalidRowsTable({ problems, fileName, testId }: { problems: readonly ImportProblem[]; fileName: string; testId: string }) {
  const { t } = useI18n();
  const dash = (value: string | number | undefined) => (value === undefined || value === '' ? '—' : value);
  const columns: TableColumnsType<InvalidRowView> = [
    { title: t('console.import.column.sheet'), dataIndex: 'sheet', width: 120, render: dash },
    { title: t('console.import.column.row'), dataIndex: 'row', width: 64, render: dash },
    { title: t('console.import.column.column'), dataIndex: 'column', width: 120, render: dash },
    { title: t('console.import.column.reason'), dataIndex: 'reason' },
    { title: t('console.import.column.example'), dataIndex: 'example', width: 200, render: dash },
  ];
  return (
    <Counted testId={testId} count={problems.length}>
      <Table
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={invalidRowViews(problems, fileName)}
        pagination={PAGINATION}
        onRow={(row) => ({ 'data-testid': 'invalid-row', 'data-row': row.row, 'data-column': row.column, 'data-sheet': row.sheet }) as HTMLAttributes<HTMLElement>}
      />
    </Counted>
  );
}

type RiskyRow = ImportPreview['risky'][number];

/** What the wording check flags in the file: the matched words marked in the phrase, and what happens to it. */
export function RiskyTable({ risky }: { risky: ImportPreview['risky'] }) {
  const { t, lang } = useI18n();
  const columns: TableColumnsType<RiskyRow> = [
    { title: t('console.import.column.id'), dataIndex: 'id', width: 140 },
    {
      title: t('console.import.column.text'),
      dataIndex: 'text',
      render: (text: string, row) =>
        flaggedSegments(text, row.findings).map((segment, index) => (segment.flagged ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>)),
    },
    {
      title: t('console.import.column.matched'),
      key: 'matched',
      width: 260,
      render: (_value, row) => (
        <Space orientation="vertical" size={2}>
          {row.findings.map((finding, index) => (
            <span key={index}>
              <Tag color={finding.severity === 'block' ? 'red' : 'orange'}>{finding.matchedText}</Tag>
              <Typography.Text type="secondary">{finding.reason[lang] ?? finding.reason['zh-CN']}</Typography.Text>
            </span>
          ))}
        </Space>
      ),
    },
    {
      title: t('console.import.column.outcome'),
      dataIndex: 'blocked',
      width: 140,
      render: (blocked: boolean) => (blocked ? <Tag color="red">{t('options.import.blocked')}</Tag> : <Tag color="orange">{t('console.import.warnOnly')}</Tag>),
    },
  ];
  return (
    <Counted testId="preview-risky-list" count={risky.length}>
      <Table size="small" rowKey="id" columns={columns} dataSource={[...risky]} pagination={PAGINATION} />
    </Counted>
  );
}

/** Agents' own wordings of this pack's phrases: kept, or dropped because the phrase is now locked. */
export function EditsTable({ edits, testId }: { edits: ImportPreview['overrides']['kept']; testId: string }) {
  const { t } = useI18n();
  const columns: TableColumnsType<{ uid: string; text: string }> = [
    { title: t('console.import.column.id'), dataIndex: 'uid', width: 200 },
    { title: t('console.import.column.text'), dataIndex: 'text' },
  ];
  return (
    <Counted testId={testId} count={edits.length}>
      <Table size="small" rowKey="uid" columns={columns} dataSource={[...edits]} pagination={PAGINATION} />
    </Counted>
  );
}
