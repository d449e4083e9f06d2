import { topicProbabilities } from '../engine/topic-model/topic-probabilities';
import type { TopicModel } from '../engine/topic-model/topic-model-types';
import type { LocalizedText, WordingCategory, WordingFinding } from '../schemas/risky-wording-finding';
import type { WordingRule } from '../schemas/risky-wording-rule-shape';
import { riskCorpusSchema } from '../schemas/risk-corpus';
import { normalizeLiteral } from './normalize-with-offsets';
import { modelFinding, trainDraftModel } from './draft-models';
import { MODEL_RULE_ID } from './model-rule';
import type { ToneLines } from './tone-check';

/**
 * How sure the risk model must be that a draft breaks a rule, and how soft its odds are (the
 * inverse temperature of naive Bayes, which is far too sure of itself on grams that go
 * together). Chosen on the development drafts and everyday replies (docs/quality.md): it then
 * catches some four in ten of the risky drafts the rules miss, for a warning on about one safe
 * near-miss draft in forty and one everyday reply in 1,500.
 */
export const RISK_THRESHOLD = 0.9;
const RISK_SCALE = 0.3;

/** Reads one normalised draft the rules found nothing in: a warning when it looks like a rule broken. */
export type RiskCheck = (draft: string, normalized: string, rules: readonly WordingRule[]) => WordingFinding | null;

/**
 * The risk check: naive Bayes over character grams (draft-models.ts), trained on the drafts of the shipped risk corpus — drafts that break each rule, in every
 * phrasing and evasion the team could think of, and safe drafts close to them — with the polite
 * replies of the tone corpus as more safe examples. It catches phrasings no rule lists (a new
 * nickname for an app, a surcharge by another name), and so it only warns: the rules decide
 * what stops a send. `riskCorpus` is the risk corpus file as read (checked here by its schema),
 * `toneLines` the tone corpus already normalised; `normalize` is the checker's own, so the model
 * reads drafts as the rules do.
 */
export function createRiskCheck(riskCorpus: unknown, toneLines: ToneLines, normalize: (text: string) => string): RiskCheck {
  const risky = riskCorpusSchema.parse(riskCorpus).lines.map(([label, text]) => [label, normalize(text)] as const);
  const polite = toneLines
    .filter(([label]) => label === 'ok')
    .map(([, text]) => ['safe', text] as const);
  const model = trainDraftModel([...risky, ...polite], RISK_SCALE);
  return (draft, normalized, rules) => riskFindingOf(model, draft, normalized, rules);
}

/**
 * Words that say a charge or a condition does NOT apply (不收手续费, 免费开, 无需补). Grams cannot
 * read a negation: a reassurance shares nearly every gram with the breach it rules out, so the
 * model stays silent on drafts that hold one and leaves them to the rules, which can. So it does
 * where a rule of the guessed category would excuse the sentence (核对, 您的 … for privacy: a
 * buyer's own details read back to them).
 */
const REASSURANCES =
  /不收|免费|不加|不用补|不用付|不用另|无需|不会收|不会加|不会多收|不会另外|不额外|不另收|不另外|不需要(?:补|付|加)|没有(?:额外|任何)?(?:费用|手续费)|价格(?:都)?一样|同价|(?:详情页|页面|商品页)(?:上|里)?(?:写明|有写|有说明|标明|注明)/;

function riskFindingOf(model: TopicModel, draft: string, normalized: string, rules: readonly WordingRule[]): WordingFinding | null {
  if (REASSURANCES.test(normalized)) return null;
  const probabilities = topicProbabilities(model, normalized);
  let likeliest: WordingCategory | undefined;
  let best = 0;
  model.topicIds.forEach((label, at) => {
    const p = probabilities[at] ?? 0;
    if (label === 'safe' || p <= best) return;
    best = p;
    likeliest = label.slice('risky:'.length) as WordingCategory;
  });
  if (!likeliest || best < RISK_THRESHOLD) return null;
  const ofCategory = rules.filter((candidate) => candidate.category === likeliest && candidate.id !== MODEL_RULE_ID);
  // Rule words are written as drafts are normalised (compile-parsed-rules.ts does the same).
  if (ofCategory.some((rule) => rule.sentenceExceptions.some((words) => normalized.includes(normalizeLiteral(words))))) return null;
  // The category's own rule says why it matters and what to write instead.
  const rule = ofCategory[0];
  return modelFinding(draft, likeliest, withModelNote(rule?.reason ?? GENERIC_REASON), rule?.alternative ?? GENERIC_ALTERNATIVE);
}

function withModelNote(reason: LocalizedText): LocalizedText {
  return {
    'zh-CN': `话术助手的模型认为这句话像是这一类违规（只提醒，不拦截，请再看一眼）：${reason['zh-CN']}`.slice(0, 400),
    en: `The extension's model reads this as this kind of breach (a warning, never a stop; please look again): ${reason.en}`.slice(0, 600),
  };
}

const GENERIC_REASON: LocalizedText = {
  'zh-CN': '平台规则禁止这类说法，各平台（淘宝/天猫、拼多多、抖店、京东）均可能扣分或处罚。',
  en: 'Platform rules forbid wording like this; Taobao/Tmall, Pinduoduo, Douyin and JD may deduct points or penalise it.',
};

const GENERIC_ALTERNATIVE: LocalizedText = {
  'zh-CN': '亲，这个我们按平台规则来办理，您放心～',
  en: 'We handle this by the platform rules; no need to worry.',
};
