import { COLLOQUIAL_SPELLINGS, type ColloquialSpelling } from './colloquial-spellings';

/**
 * One normal form for buyer messages and pack triggers, so "在吗吗吗～～😊", "在么" and
 * "在吗" meet as the same string. Used on both sides of every comparison the engine makes.
 */
export function normalizeText(raw: string): string {
  const lowered = raw.normalize('NFKC').toLowerCase();
  // Latin abbreviations need their word boundaries, so they go before punctuation is stripped.
  const expanded = lowered.replace(TOKEN_PATTERN, (token) => TOKEN_REPLACEMENTS.get(token) ?? token);
  return collapseRepeats(applyTextRules(expanded.replace(NOISE, '')));
}

/** Punctuation, symbols (emoji included), separators, control and emoji joiner/selector marks. */
const NOISE = /[\p{P}\p{S}\p{Z}\p{C}\s\p{Extended_Pictographic}\u{FE0E}\u{FE0F}\u{20E3}]/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest first, so "优惠卷" is fixed as a whole before a shorter rule touches part of it. */
const byLengthDescending = (a: ColloquialSpelling, b: ColloquialSpelling): number => b.from.length - a.from.length;

const TOKEN_RULES = COLLOQUIAL_SPELLINGS.filter((rule) => rule.kind === 'token');
const TOKEN_REPLACEMENTS = new Map(TOKEN_RULES.map((rule) => [rule.from, rule.to]));
// One pass for all abbreviations: a whole Latin/digit run, or for `alone` codes a run that
// touches no other letter or digit of any script.
const TOKEN_PATTERN = new RegExp(
  [...TOKEN_RULES]
    .sort(byLengthDescending)
    .map((rule) => {
      const edge = rule.alone ? '[\\p{L}\\p{N}]' : '[a-z0-9]';
      return `(?<!${edge})${escapeRegExp(rule.from)}(?!${edge})`;
    })
    .join('|'),
  'gu',
);

const TEXT_RULES = COLLOQUIAL_SPELLINGS.filter((rule) => rule.kind === 'text');
const TEXT_REPLACEMENTS = new Map(TEXT_RULES.map((rule) => [rule.from, rule.to]));
const TEXT_PATTERN = new RegExp([...TEXT_RULES].sort(byLengthDescending).map((rule) => escapeRegExp(rule.from)).join('|'), 'gu');

/** A fix can complete another ("优慧卷" → "优惠卷" → "优惠券"), so apply until nothing changes. */
function applyTextRules(text: string): string {
  let current = text;
  for (let pass = 0; pass < 3; pass += 1) {
    const next = current.replace(TEXT_PATTERN, (found) => TEXT_REPLACEMENTS.get(found) ?? found);
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * Buyers hammer keys ("在吗吗吗", "哈哈哈哈", "客服客服客服"): three or more copies of a
 * character or of a short group of characters become one. Two copies stay, because doubling
 * is grammar in Chinese (想想 "think it over" is not 想 "want"; 看看, 谢谢, 考虑考虑).
 * Digits are left alone: 1000 is not 10.
 */
function collapseRepeats(text: string): string {
  return text.replace(/([^0-9])\1{2,}/gu, '$1').replace(/([^0-9]{2,4}?)\1{2,}/gu, '$1');
}
