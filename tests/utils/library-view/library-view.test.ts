import { describe, expect, it } from 'vitest';
import { filterPhrases, matchesQuery, NO_FILTER } from '../../../utils/library-view/filter-phrases';
import { isUnderNode, libraryTree } from '../../../utils/library-view/library-tree';
import { decodeMoveTarget, encodeMoveTarget, moveTargetGroups } from '../../../utils/library-view/move-targets';
import { BUILT_IN_CATEGORIES } from '../../../utils/schemas/category';
import { phraseUid, type LibraryPhrase } from '../../../utils/schemas/phrase';
import { allTopics } from '../../../utils/i18n/topic-label';
import { TEAM_PACK } from '../team-draft/draft-pack';

const phrases: LibraryPhrase[] = [
  ...TEAM_PACK.phrases.map((phrase) => ({ ...phrase, uid: phraseUid(TEAM_PACK.id, phrase.id), packId: TEAM_PACK.id })),
  { id: 'my-1', uid: 'personal/my-1', packId: 'personal', text: '亲，包邮哦～', category: 'bargaining', triggers: [], tags: [] },
];
const locked = new Set(['team-shop/greet-001']);
const topics = allTopics(TEAM_PACK.topics);

describe('the categories › topics tree', () => {
  it('counts phrases and locked phrases per category and topic, names them, and lists source packs', () => {
    const tree = libraryTree(phrases, locked, BUILT_IN_CATEGORIES, topics, 'zh-CN');

    expect(tree.map((node) => [node.id, node.label, node.count, node.locked, node.packIds])).toEqual([
      ['greeting', '问候', 1, 1, ['team-shop']],
      ['bargaining', '议价', 1, 0, ['personal']],
      ['after-sales', '售后', 3, 0, ['team-shop']],
    ]);
    expect(tree[2]?.topics).toEqual([{ id: 'after-sales.refund-progress', label: '退款进度与到账', count: 3, locked: 0 }]);
    expect(tree[0]?.topics).toEqual([{ id: 'greeting.general', label: 'general', count: 1, locked: 1 }]);
    expect(libraryTree(phrases, locked, BUILT_IN_CATEGORIES, topics, 'en')[2]?.topics[0]?.label).toBe('Refund progress and timing');
  });

  it('places a phrase without a topic in its category’s general topic', () => {
    const greeting = phrases.find((phrase) => phrase.id === 'greet-001')!;
    expect(isUnderNode(greeting, { category: 'greeting', topic: 'greeting.general' })).toBe(true);
    expect(isUnderNode(greeting, { category: 'greeting', topic: 'greeting.open' })).toBe(false);
    expect(isUnderNode(greeting, null)).toBe(true);
  });
});

describe('the table’s filters', () => {
  const facts = { lockedUids: locked, usedUids: new Set(['team-shop/refund-001']) };
  const ids = (filter: Partial<typeof NO_FILTER>, searchHits?: ReadonlySet<string>) =>
    filterPhrases(phrases, { ...NO_FILTER, ...filter }, { ...facts, searchHits }).map((phrase) => phrase.id);

  it('narrows to a tree node, a pack, locked or unlocked, never used', () => {
    expect(ids({ node: { category: 'after-sales', topic: 'after-sales.refund-progress' } })).toEqual(['refund-001', 'refund-002', 'refund-003']);
    expect(ids({ packId: 'personal' })).toEqual(['my-1']);
    expect(ids({ locked: 'locked' })).toEqual(['greet-001']);
    expect(ids({ locked: 'unlocked', packId: 'team-shop' })).toEqual(['refund-001', 'refund-002', 'refund-003']);
    expect(ids({ neverUsed: true, node: { category: 'after-sales' } })).toEqual(['refund-002', 'refund-003']);
  });

  it('searches text (normalised, so 包油 finds 包邮), buyer wordings, shortcut codes, and the background’s hits (pinyin)', () => {
    expect(ids({ query: '包油' })).toEqual(['my-1']);
    expect(ids({ query: '钱退了' })).toEqual(['refund-002']);
    // refund-003's shortcut code; "tk" is also how buyers write 退款, which the other two contain.
    expect(ids({ query: 'tk' })).toEqual(['refund-001', 'refund-002', 'refund-003']);
    expect(ids({ query: 'tk', locked: 'locked' })).toEqual([]);
    expect(ids({ query: 'hygl' }, new Set(['team-shop/greet-001']))).toEqual(['greet-001']);
    expect(matchesQuery(phrases[0]!, '   ')).toBe(true);
  });
});

describe('batch move targets', () => {
  it('offer each category’s general topic, then its topics, and round-trip through one string', () => {
    const groups = moveTargetGroups(BUILT_IN_CATEGORIES, topics, 'zh-CN', '通用');
    const afterSales = groups.find((group) => group.label === '售后');

    expect(afterSales?.options[0]).toEqual({ value: 'after-sales', label: '售后 › 通用' });
    expect(afterSales?.options.map((option) => option.value)).toContain('after-sales|after-sales.slow-refund');
    expect(decodeMoveTarget(encodeMoveTarget({ category: 'after-sales', topic: 'after-sales.slow-refund' }))).toEqual({ category: 'after-sales', topic: 'after-sales.slow-refund' });
    expect(decodeMoveTarget('greeting')).toEqual({ category: 'greeting' });
  });
});
