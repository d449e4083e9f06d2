import { defaultWordingRules } from '../risky-wording/default-rules';
import type { ServedWordingRule } from '../messaging/page-protocol';
import { DEFAULT_RULES_PACK_ID, ruleUid } from '../schemas/rule-uid';
import { ruleSetOf, type PageRuleSet } from './page-risky-wording-rules';

/**
 * The shipped rule set as a page checks with it, for extension pages that may bundle it (the demo
 * chat): checked from the first keystroke, before storage or the worker answers. Never imported by
 * the content script, whose size budget it would cost (~54 KB).
 */
export function shippedServedRules(): ServedWordingRule[] {
  return defaultWordingRules().map((rule) => ({ uid: ruleUid(DEFAULT_RULES_PACK_ID, rule.id), rule }) as ServedWordingRule);
}

export function shippedPageRuleSet(): PageRuleSet {
  return ruleSetOf(shippedServedRules());
}
