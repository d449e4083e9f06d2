import { Button, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { useI18n } from '../../console/use-console-i18n';
import type { RuleStatus, StoredWordingRule } from '../../../utils/db/records';
import { filterBySearch } from '../../../utils/console-sections/table-search';
import { wordingRuleTag, wordingRuleWording, type WordingRuleTag } from '../../../utils/library/wording-rule-tag';
import { rowAttributes } from '../../console-section/row-attributes';
import { consolePagination } from '../../console-section/console-pagination';
import { RULE_TAG_COLOR, RULE_TAG_LABEL } from './rule-tag-style';

/** A rule's wording in the table: the first few terms; the rest are found by the search. */
const SHOWN_WORDING = 6;

/** One table of wording rules: searchable, paged, each rule's state on a coloured tag. */
export function WordingRulesTable({
  rules,
  query,
  testId,
  emptyText,
  onDecide,
}: {
  rules: readonly StoredWordingRule[];
  query: string;
  testId: string;
  emptyText: string;
  onDecide: (rule: StoredWordingRule, next: RuleStatus) => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const tagOf = (rule: StoredWordingRule): WordingRuleTag => wordingRuleTag(rule);
  const rows = filterBySearch(rules, query, (rule) => [
    ...wordingRuleWording(rule),
    t(`wording.category.${rule.category}`),
    t(`wording.severity.${rule.severity}`),
    rule.packId,
    t(RULE_TAG_LABEL[tagOf(rule)]),
    rule.reason[lang],
  ]);

  const columns: TableColumnsType<StoredWordingRule> = [
    {
      key: 'terms',
      title: t('options.wording.column.terms'),
      render: (_, rule) => wordingRuleWording(rule).slice(0, SHOWN_WORDING).join('、'),
    },
    {
      key: 'category',
      title: t('options.wording.column.category'),
      width: 110,
      render: (_, rule) => t(`wording.category.${rule.category}`),
    },
    {
      key: 'severity',
      title: t('options.wording.column.severity'),
      width: 80,
      render: (_, rule) => <Tag color={rule.severity === 'block' ? 'red' : 'orange'}>{t(`wording.severity.${rule.severity}`)}</Tag>,
    },
    { key: 'pack', title: t('options.wording.column.pack'), dataIndex: 'packId', width: 140 },
    {
      key: 'status',
      title: t('options.wording.column.status'),
      width: 150,
      render: (_, rule) => (
        <Flex gap={4} wrap>
          <Tag color={RULE_TAG_COLOR[tagOf(rule)]} data-testid="wording-rule-status">
            {t(RULE_TAG_LABEL[tagOf(rule)])}
          </Tag>
          {rule.locked ? <Tag title={t('console.sections.wording.lockedHint')}>{t('console.sections.wording.locked')}</Tag> : null}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('options.packs.column.actions'),
      width: 150,
      render: (_, rule) => <RuleActions rule={rule} onDecide={onDecide} />,
    },
  ];

  return (
    <Table<StoredWordingRule>
      data-testid={testId}
      rowKey="uid"
      size="middle"
      columns={columns}
      dataSource={rows}
      locale={{ emptyText: rules.length > 0 ? t('console.sections.noMatch', { query: query.trim() }) : emptyText }}
      pagination={consolePagination(t)}
      onRow={(rule) => rowAttributes({ 'data-testid': 'wording-rule', 'data-rule-uid': rule.uid, 'data-status': rule.status })}
    />
  );
}

/** 通过 / 驳回 for an agent's flag, 启用 / 停用 for a pack's rule; a locked rule cannot be switched off. */
function RuleActions({ rule, onDecide }: { rule: StoredWordingRule; onDecide: (rule: StoredWordingRule, next: RuleStatus) => Promise<void> }) {
  const { t } = useI18n();
  const pending = rule.status === 'pending-review';
  return (
    <Flex gap="small" wrap>
      {rule.status !== 'active' && (
        <Button size="small" type={pending ? 'primary' : 'default'} onClick={() => void onDecide(rule, 'active')}>
          {pending ? t('options.wording.approve') : t('options.wording.enable')}
        </Button>
      )}
      {rule.status !== 'rejected' && !rule.locked && (
        <Button size="small" danger onClick={() => void onDecide(rule, 'rejected')}>
          {pending ? t('options.wording.reject') : t('options.wording.disable')}
        </Button>
      )}
    </Flex>
  );
}
