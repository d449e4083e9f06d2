import { describe, expect, it } from 'vitest';
import { LOCAL_RULES_PACK_ID } from '../../../utils/db/records';
import { wordingRuleTag, wordingRuleWording } from '../../../utils/library/wording-rule-tag';

describe('the state on a wording rule’s tag', () => {
  it('reads an agent’s flag as 待审核, 已生效 or 已驳回', () => {
    expect(wordingRuleTag({ packId: LOCAL_RULES_PACK_ID, status: 'pending-review' })).toBe('pending');
    expect(wordingRuleTag({ packId: LOCAL_RULES_PACK_ID, status: 'active' })).toBe('active');
    expect(wordingRuleTag({ packId: LOCAL_RULES_PACK_ID, status: 'rejected' })).toBe('rejected');
  });

  it('reads a pack’s rule that the lead switched off as 已停用, not as rejected', () => {
    expect(wordingRuleTag({ packId: 'default-rules', status: 'rejected' })).toBe('disabled');
    expect(wordingRuleTag({ packId: 'tea-shop', status: 'active' })).toBe('active');
  });

  it('shows a rule’s terms, then its regexes between slashes', () => {
    expect(wordingRuleWording({ terms: ['加微信'], patterns: [{ regex: 'qq\\d+', anchors: [] }] })).toEqual(['加微信', '/qq\\d+/']);
  });
});
