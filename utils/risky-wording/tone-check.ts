import { topicProbabilities } from '../engine/topic-model/topic-probabilities';
import type { TopicModel } from '../engine/topic-model/topic-model-types';
import type { LocalizedText, WordingFinding } from '../schemas/risky-wording-finding';
import { toneCorpusSchema, type ToneLabel } from '../schemas/tone-corpus';
import { modelFinding, trainDraftModel } from './draft-models';

/**
 * How sure the model must be that a draft is not `ok` before it says so. A warning an agent
 * sees on polite replies teaches them to ignore it, so the bar is high: chosen on the
 * development drafts and everyday replies (docs/quality.md), where it flags one everyday
 * reply in 1,500 and nearly every rude draft the rules miss.
 */
export const TONE_THRESHOLD = 0.97;

const REASONS: Readonly<Record<Exclude<ToneLabel, 'ok'>, LocalizedText>> = {
  'rude:sarcasm': {
    'zh-CN': '语气像是在讽刺或挖苦买家。平台把服务态度计入店铺评分（如淘宝/天猫的 DSR、拼多多的服务分），买家截图投诉会被判服务态度问题。',
    en: 'This reads as sarcastic. Platforms count service attitude in the shop score (Taobao/Tmall DSR, Pinduoduo service score); a screenshot of it is a service-attitude complaint.',
  },
  'rude:blame': {
    'zh-CN': '语气像是在责怪买家。先说明情况、给出办法，比指出是谁的错更能平息问题；平台把服务态度计入店铺评分（如淘宝/天猫的 DSR）。',
    en: "This reads as blaming the buyer. Explaining and offering a way out calms things better than saying whose fault it is; platforms count service attitude in the shop score (Taobao/Tmall DSR).",
  },
  'rude:impatience': {
    'zh-CN': '语气显得不耐烦。买家会截图投诉服务态度，平台把服务态度计入店铺评分（如淘宝/天猫的 DSR、京东的咚咚满意度）。',
    en: 'This sounds impatient. Buyers screenshot such replies for service complaints; platforms count service attitude in the shop score (Taobao/Tmall DSR, JD chat satisfaction).',
  },
  'rude:brush-off': {
    'zh-CN': '这样回复像是在打发买家。请给出答案或下一步，哪怕是"我帮您查一下"；平台把服务态度计入店铺评分（如淘宝/天猫的 DSR）。',
    en: 'Sent as the whole reply, this brushes the buyer off. Give an answer or a next step, even "let me check for you"; platforms count service attitude in the shop score (Taobao/Tmall DSR).',
  },
};

const ALTERNATIVE: LocalizedText = {
  'zh-CN': '亲，给您带来不便非常抱歉，我这就帮您看一下，马上给您答复～',
  en: 'Sorry for the trouble. Let me look into it for you right away.',
};

/** Reads one normalised draft: a warning when the tone is not `ok`, else null. */
export type ToneCheck = (draft: string, normalized: string) => WordingFinding | null;

/** The tone corpus's lines, normalised the way the checker reads drafts: `[label, text]`. */
export type ToneLines = readonly (readonly [ToneLabel, string])[];

/**
 * The tone check, its model trained from the shipped tone corpus (a few thousand lines, some tens
 * of milliseconds): naive Bayes over the replies' character grams — the topic model's own
 * trainer, deterministic — with each kind of rudeness its own class, so a finding can say which.
 */
export function createToneCheck(lines: ToneLines): ToneCheck {
  const model = trainDraftModel(lines);
  return (draft, normalized) => toneFindingOf(model, draft, normalized);
}

/**
 * The tone corpus file (checked by its schema: a broken line fails loudly), normalised with the
 * checker's own `normalize`, so the model reads replies as the rules do. The risk check learns
 * from its polite replies too, so the caller reads it once for both.
 */
export function readToneLines(json: unknown, normalize: (text: string) => string): ToneLines {
  return toneCorpusSchema.parse(json).lines.map(([label, text]) => [label, normalize(text)] as const);
}

/** Warn only, never block: a reply's tone is the agent's call, the wording rules are the platform's. */
function toneFindingOf(model: TopicModel, draft: string, normalized: string): WordingFinding | null {
  const probabilities = topicProbabilities(model, normalized);
  let notOk = 0;
  let likeliest: Exclude<ToneLabel, 'ok'> | undefined;
  let best = -1;
  model.topicIds.forEach((label, at) => {
    const p = probabilities[at] ?? 0;
    if (label === 'ok') return;
    notOk += p;
    if (p > best) {
      best = p;
      likeliest = label as Exclude<ToneLabel, 'ok'>;
    }
  });
  if (!likeliest || notOk < TONE_THRESHOLD) return null;
  return modelFinding(draft, 'rude', REASONS[likeliest], ALTERNATIVE);
}
