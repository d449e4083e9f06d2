import { describe, expect, it } from 'vitest';
import defaultPackJson from '../../phrases/default-pack.json';
import { BUILT_IN_CATEGORY_IDS } from '../../utils/schemas/category';
import { packSchema } from '../../utils/schemas/pack';
import { PLACEHOLDER_NAMES, placeholdersIn, productFactsIn } from '../../utils/schemas/phrase';
import { defaultPack } from '../../utils/packs/default-pack';
import { DEFAULT_PACK_ID } from '../../utils/packs/default-pack-version';
import { checkWording } from '../../utils/risky-wording/check-wording';
import { defaultCompiledWordingRules } from '../../utils/risky-wording/default-rules';

/** Words an agent must never send (Advertising Law, off-platform contact, review incentives, invoice tax points). */
const BANNED_WORDS = ['最低价', '第一', '国家级', '顶级', '加微信', '微信', '好评返现', '税点'];

const phrases = defaultPack().phrases;

/** Lists offending phrase ids so a failure says exactly which phrase to fix. */
function idsWhere(predicate: (phrase: (typeof phrases)[number]) => boolean): string[] {
  return phrases.filter(predicate).map((phrase) => phrase.id);
}

function duplicatesOf(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

describe('the default phrase pack an agent gets on install', () => {
  it('is a valid format-3 pack with the stable id the library restores from', () => {
    const result = packSchema.safeParse(defaultPackJson);
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 2)).toBe(true);
    expect(defaultPack().id).toBe(DEFAULT_PACK_ID);
    expect(defaultPack().format).toBe(3);
    expect(defaultPack().language).toBe('zh-CN');
  });

  it('has at least 260 phrases in total', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(260);
  });

  it.each(BUILT_IN_CATEGORY_IDS)('offers at least 25 phrases for the "%s" step of the conversation', (category) => {
    expect(phrases.filter((phrase) => phrase.category === category).length).toBeGreaterThanOrEqual(25);
  });

  it('uses only the built-in categories', () => {
    expect(idsWhere((phrase) => !(BUILT_IN_CATEGORY_IDS as readonly string[]).includes(phrase.category))).toEqual([]);
  });

  it('gives every phrase at least 6 buyer wordings to be matched by', () => {
    expect(idsWhere((phrase) => phrase.triggers.length < 6)).toEqual([]);
  });

  it('has no phrase with the same buyer wording listed twice', () => {
    expect(idsWhere((phrase) => duplicatesOf(phrase.triggers).length > 0)).toEqual([]);
  });

  it('never repeats a phrase text, so every suggestion is a different reply', () => {
    expect(duplicatesOf(phrases.map((phrase) => phrase.text))).toEqual([]);
  });

  it('never gives two phrases the same shortcut code', () => {
    const shortcuts = phrases.flatMap((phrase) => (phrase.shortcut ? [phrase.shortcut] : []));
    expect(duplicatesOf(shortcuts)).toEqual([]);
  });

  it('gives each category a few shortcut codes for its most common replies', () => {
    for (const category of BUILT_IN_CATEGORY_IDS) {
      const count = phrases.filter((phrase) => phrase.category === category && phrase.shortcut).length;
      expect(count, category).toBeGreaterThanOrEqual(3);
      expect(count, category).toBeLessThanOrEqual(6);
    }
  });

  it('uses only placeholders the insertion step knows how to fill (product facts: the worker, from the chat\'s product)', () => {
    const known = PLACEHOLDER_NAMES as readonly string[];
    const fillable = (name: string): boolean => known.includes(name) || name.startsWith('商品.');
    expect(idsWhere((phrase) => placeholdersIn(phrase.text).some((name) => !fillable(name)))).toEqual([]);
  });

  it('answers the common product facts from the product, each fact phrase no holding reply and scoped to no product', () => {
    const facts = new Set(phrases.flatMap((phrase) => productFactsIn(phrase.text)));
    for (const fact of ['保修', '材质', '尺码', '规格', '使用方法', '清洗方法', '保质期', '储存方法', '包装清单', '发货地', '产地', '适用年龄', '安装']) {
      expect(facts.has(fact), fact).toBe(true);
    }
    expect(idsWhere((phrase) => productFactsIn(phrase.text).length > 0 && (phrase.holding === true || phrase.products !== undefined))).toEqual([]);
  });

  it('marks holding replies in every product topic a fact phrase answers, so a product lacking the fact still gets a first reply', () => {
    const factTopics = new Set(phrases.filter((phrase) => productFactsIn(phrase.text).length > 0).map((phrase) => phrase.topic));
    const holdingTopics = new Set(phrases.filter((phrase) => phrase.holding === true).map((phrase) => phrase.topic));
    expect([...factTopics].filter((topic) => !holdingTopics.has(topic))).toEqual([]);
  });

  it('keeps placeholders to a minority of phrases, so most replies read well unfilled', () => {
    const withPlaceholders = idsWhere((phrase) => placeholdersIn(phrase.text).length > 0);
    expect(withPlaceholders.length / phrases.length).toBeLessThanOrEqual(0.15);
  });

  it('keeps every reply chat-sized (10 to 90 characters)', () => {
    expect(idsWhere((phrase) => phrase.text.length < 10 || phrase.text.length > 90)).toEqual([]);
  });

  it.each(BANNED_WORDS)('never puts the banned word "%s" in an agent reply', (word) => {
    expect(idsWhere((phrase) => phrase.text.includes(word))).toEqual([]);
  });

  it('names phrase ids after their category, e.g. "greeting-001"', () => {
    expect(idsWhere((phrase) => !new RegExp(`^${phrase.category}-\\d{3}$`).test(phrase.id))).toEqual([]);
  });

  it('has no phrase the send guard would flag: an agent can always send the team\'s own wording', () => {
    const rules = defaultCompiledWordingRules();
    expect(idsWhere((phrase) => checkWording(rules, phrase.text).length > 0)).toEqual([]);
  });
});
