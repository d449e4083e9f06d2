import type { StoredWordingRule } from '../db/records';
import type { FlaggedWording } from '../messaging/protocol';

/** A stored local flag as the popup lists it: the term the agent flagged and the reason they gave. */
export function flaggedWordingOf(rule: StoredWordingRule): FlaggedWording {
  return {
    uid: rule.uid,
    term: rule.terms[0] ?? '',
    reason: rule.note ?? rule.reason['zh-CN'],
    category: rule.category,
    status: rule.status,
    createdAt: rule.createdAt,
  };
}
