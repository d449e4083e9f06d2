import { describe, expect, it } from 'vitest';
import { checkDraftFully } from '../../../utils/risky-wording/check-draft-fully';
import { bundledDraftModels } from '../../../utils/dev-tools/eval/bundled-draft-models';
import { defaultCompiledWordingRules } from '../../../utils/risky-wording/default-rules';
import { scanDraft } from '../../../utils/risky-wording/scan-draft';
import { MODEL_RULE_ID } from '../../../utils/risky-wording/model-rule';
import { shouldStopSend } from '../../../utils/guard/send-decision';

/** Written for this test, in words no rule lists: only the tone model can catch them. */
const RUDE: readonly string[] = [
  '你下单前不看尺码表，现在穿不上又来找我们',
  '这都第几遍了，我上面写得明明白白',
  '哟，这么会砍价，怎么不去批发市场买呢',
  '我这边很忙的，你想好了再来问',
];

const POLITE: readonly string[] = [
  '亲，这个确实没办法改价呢，非常抱歉，不过现在有满199减20的券可以用',
  '亲，您拍的是M码，穿着小的话可以申请换成L码，运费险会理赔',
  '好的亲，收到',
  '亲，详情页第三张图有尺码表，您对照一下身高体重选就可以啦',
  '非常理解您着急的心情，我这边马上帮您催一下快递',
];

describe('the tone check (a model trained on the team\'s own replies)', () => {
  const rules = defaultCompiledWordingRules();

  it.each(RUDE)('warns about a rude reply no rule lists: %s', (draft) => {
    expect(scanDraft(rules, draft)).toEqual([]);
    const findings = checkDraftFully(rules, draft, undefined, bundledDraftModels());
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: MODEL_RULE_ID, category: 'rude', severity: 'warn', matchedText: draft });
    expect(findings[0]?.reason['zh-CN']).toMatch(/语气|打发/);
    // A warning: the agent sees it and may still send.
    expect(shouldStopSend(findings, draft)).toBe(false);
  });

  it.each(POLITE)('leaves a polite reply alone, firm refusals and short answers too: %s', (draft) => {
    expect(checkDraftFully(rules, draft, undefined, bundledDraftModels())).toEqual([]);
  });

  it('adds nothing when a rule already calls the draft rude', () => {
    const findings = checkDraftFully(rules, '爱买不买，说了多少遍了', undefined, bundledDraftModels());
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.ruleId !== MODEL_RULE_ID)).toBe(true);
  });

  it('reads a reply in traditional characters like its simplified twin', () => {
    expect(checkDraftFully(rules, '這都第幾遍了，我上面寫得明明白白', undefined, bundledDraftModels())[0]).toMatchObject({ ruleId: MODEL_RULE_ID, category: 'rude' });
  });
});
