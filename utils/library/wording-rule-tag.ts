import { LOCAL_RULES_PACK_ID, type StoredWordingRule } from '../db/records';

/**
 * The state a lead reads off a wording rule's tag. An agent's flag waits for review and is then
 * approved (已生效) or rejected (已驳回); a pack's rule is never reviewed, only switched on (已生效)
 * or off (已停用), so its `rejected` reads as switched off.
 */
export type WordingRuleTag = 'pending' | 'active' | 'rejected' | 'disabled';

export function isAgentFlag(rule: Pick<StoredWordingRule, 'packId'>): boolean {
  return rule.packId === LOCAL_RULES_PACK_ID;
}

export function wordingRuleTag(rule: Pick<StoredWordingRule, 'packId' | 'status'>): WordingRuleTag {
  if (rule.status === 'active') return 'active';
  if (rule.status === 'pending-review') return 'pending';
  return isAgentFlag(rule) ? 'rejected' : 'disabled';
}

/** What the rules table shows and searches for a rule's wording: its terms, then its regexes. */
export function wordingRuleWording(rule: Pick<StoredWordingRule, 'terms' | 'patterns'>): string[] {
  return [...rule.terms, ...rule.patterns.map((pattern) => `/${pattern.regex}/`)];
}
