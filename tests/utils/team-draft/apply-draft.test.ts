import { describe, expect, it } from 'vitest';
import type { DraftChange } from '../../../utils/schemas/team-draft';
import { applyDraftChange, applyDraftChanges, changedPhraseIds, DraftChangeError, publishablePack } from '../../../utils/team-draft/apply-draft';
import { TEAM_PACK } from './draft-pack';

const phrase = (pack: typeof TEAM_PACK, id: string) => pack.phrases.find((entry) => entry.id === id);

describe('a lead changes the draft of a team pack', () => {
  it('edits a phrase’s text, buyer wordings and shortcut, and only those', () => {
    const draft = applyDraftChanges(TEAM_PACK, [{ kind: 'edit', id: 'refund-003', text: '亲，支付宝付款的退款一般2小时内到账哦～', triggers: ['支付宝退款'], shortcut: '' }]);

    expect(phrase(draft, 'refund-003')).toEqual({
      id: 'refund-003',
      text: '亲，支付宝付款的退款一般2小时内到账哦～',
      category: 'after-sales',
      topic: 'after-sales.refund-progress',
      triggers: ['支付宝退款'],
      tags: [],
    });
    expect(phrase(draft, 'refund-001')).toEqual(phrase(TEAM_PACK, 'refund-001'));
  });

  it('keeps the buyer wordings when an edit changes only the text', () => {
    const draft = applyDraftChanges(TEAM_PACK, [{ kind: 'edit', id: 'refund-001', text: '亲，退款审核后1到3个工作日原路退回～' }]);
    expect(phrase(draft, 'refund-001')?.triggers).toEqual(['退款多久到']);
  });

  it('moves phrases to another category and topic, or to a category’s general topic', () => {
    const draft = applyDraftChanges(TEAM_PACK, [
      { kind: 'move', ids: ['refund-001', 'refund-002'], category: 'after-sales', topic: 'after-sales.slow-refund' },
      { kind: 'move', ids: ['refund-003'], category: 'after-sales' },
    ]);
    expect(draft.phrases.map((entry) => [entry.id, entry.topic])).toEqual([
      ['refund-001', 'after-sales.slow-refund'],
      ['refund-002', 'after-sales.slow-refund'],
      ['refund-003', undefined],
      ['greet-001', undefined],
    ]);
  });

  it('locks and unlocks, keeping the locked ids in pack order', () => {
    const locked = applyDraftChanges(TEAM_PACK, [{ kind: 'lock', ids: ['refund-002', 'refund-001'], locked: true }]);
    const unlocked = applyDraftChanges(locked, [{ kind: 'lock', ids: ['greet-001'], locked: false }]);
    expect(locked.locked.phrases).toEqual(['refund-001', 'refund-002', 'greet-001']);
    expect(unlocked.locked.phrases).toEqual(['refund-001', 'refund-002']);
  });

  it('marks phrases as holding replies and back; a pack older than format 3 is raised with its first one', () => {
    expect(TEAM_PACK.format).toBeLessThan(3);
    const marked = applyDraftChanges(TEAM_PACK, [{ kind: 'holding', ids: ['refund-002'], holding: true }]);
    const unmarked = applyDraftChanges(marked, [{ kind: 'holding', ids: ['refund-002'], holding: false }]);
    expect(phrase(marked, 'refund-002')?.holding).toBe(true);
    expect(phrase(marked, 'refund-001')?.holding).toBeUndefined();
    expect(marked.format).toBeGreaterThanOrEqual(3);
    expect(phrase(unmarked, 'refund-002')).toEqual(phrase(TEAM_PACK, 'refund-002'));
    expect(changedPhraseIds([{ kind: 'holding', ids: ['refund-002'], holding: true }])).toEqual(new Set(['refund-002']));
  });

  it('deletes phrases and their locks', () => {
    const draft = applyDraftChanges(TEAM_PACK, [{ kind: 'delete', ids: ['greet-001', 'refund-003'] }]);
    expect(draft.phrases.map((entry) => entry.id)).toEqual(['refund-001', 'refund-002']);
    expect(draft.locked.phrases).toEqual([]);
  });

  it('undo is the same list without its last change: the installed pack comes back exactly', () => {
    const changes: DraftChange[] = [{ kind: 'delete', ids: ['refund-001'] }];
    expect(applyDraftChanges(TEAM_PACK, changes.slice(0, -1))).toEqual(TEAM_PACK);
    expect(changedPhraseIds([...changes, { kind: 'edit', id: 'refund-002', text: '亲～' }])).toEqual(new Set(['refund-001', 'refund-002']));
  });

  it('refuses a change that would not import, naming the field, and a change to a phrase the pack lacks', () => {
    const toUnknownTopic = () => applyDraftChanges(TEAM_PACK, [{ kind: 'move', ids: ['refund-001'], category: 'after-sales', topic: 'after-sales.nowhere' }]);
    const toWrongCategory = () => applyDraftChanges(TEAM_PACK, [{ kind: 'move', ids: ['refund-001'], category: 'shipping', topic: 'after-sales.slow-refund' }]);
    const unknownPlaceholder = () => applyDraftChanges(TEAM_PACK, [{ kind: 'edit', id: 'refund-001', text: '亲，{优惠券}已发放' }]);

    expect(toUnknownTopic).toThrow(DraftChangeError);
    expect(toUnknownTopic).toThrow(/子类 "after-sales.nowhere" 既不是内置子类/);
    expect(toWrongCategory).toThrow(/属于分类 "after-sales"/);
    expect(unknownPlaceholder).toThrow(/占位符只能是/);
    try {
      unknownPlaceholder();
    } catch (error) {
      expect((error as DraftChangeError).field).toBe('text');
    }
    expect(() => applyDraftChange(TEAM_PACK, { kind: 'delete', ids: ['gone-001'] })).toThrow(/没有话术 "gone-001"/);
  });

  it('publishes the draft as the next version, validated with the pack schema', () => {
    const next = publishablePack(TEAM_PACK, [{ kind: 'move', ids: ['refund-001'], category: 'after-sales', topic: 'after-sales.slow-refund' }]);
    expect(next.version).toBe('1.0.1');
    expect(phrase(next, 'refund-001')?.topic).toBe('after-sales.slow-refund');
    expect(publishablePack({ ...TEAM_PACK, version: '2026.12.6' }, []).version).toBe('2026.12.7');
  });
});
