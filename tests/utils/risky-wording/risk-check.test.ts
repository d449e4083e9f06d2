import { describe, expect, it } from 'vitest';
import { checkDraftFully } from '../../../utils/risky-wording/check-draft-fully';
import { bundledDraftModels } from '../../../utils/dev-tools/eval/bundled-draft-models';
import { compileParsedRules } from '../../../utils/risky-wording/compile-parsed-rules';
import { defaultWordingRules, defaultCompiledWordingRules } from '../../../utils/risky-wording/default-rules';
import { scanDraft } from '../../../utils/risky-wording/scan-draft';
import { MODEL_RULE_ID } from '../../../utils/risky-wording/model-rule';
import { shouldStopSend } from '../../../utils/guard/send-decision';

/** Written for this test: a review incentive in words no rule lists. */
const UNLISTED_INCENTIVE = '亲，评价晒图后截个图来，我这边给您补个小惊喜';

describe('the risk check (a model trained on the team\'s own drafts, for what the rules miss)', () => {
  const rules = defaultCompiledWordingRules();

  it('warns about a breach in words no rule lists, naming its category and the rule behind it, without stopping the send', () => {
    expect(scanDraft(rules, UNLISTED_INCENTIVE)).toEqual([]);
    const findings = checkDraftFully(rules, UNLISTED_INCENTIVE, undefined, bundledDraftModels());
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: MODEL_RULE_ID, category: 'review-incentive', severity: 'warn', matchedText: UNLISTED_INCENTIVE });
    expect(findings[0]?.reason['zh-CN']).toContain('模型');
    expect(shouldStopSend(findings, UNLISTED_INCENTIVE)).toBe(false);
  });

  it.each([
    // A reassurance shares the breach's words: grams cannot read the negation, so the model is silent.
    '亲，用花呗分期和全款一个价，不会多收手续费的，放心拍',
    '亲，发票免费开，订单页点申请开票就行',
    // A buyer's own details read back to them are theirs to hear.
    '亲，跟您核对一下收货信息：王先生，138****2211，南京市鼓楼区中山路xx号，对吗？',
    '好的亲，今天下午四点前就能发出，明天大概就到了',
  ])('stays silent on a safe draft close to a rule: %s', (draft) => {
    expect(checkDraftFully(rules, draft, undefined, bundledDraftModels())).toEqual([]);
  });

  it('says nothing once the lead has switched off the rule model-check', () => {
    const withoutModels = compileParsedRules(defaultWordingRules().filter((rule) => rule.id !== MODEL_RULE_ID));
    expect(checkDraftFully(withoutModels, UNLISTED_INCENTIVE, undefined, bundledDraftModels())).toEqual([]);
  });
});
