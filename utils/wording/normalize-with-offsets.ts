import { createLiteralMatcher, type LiteralMatcher } from './literal-matcher';
import { SPELLING_VARIANT_PASSES, type SpellingVariant } from './spelling-variants';

/** Written between two clauses (，,;~) in the normalised text. */
export const CLAUSE_BREAK = '，';
/** Written between two sentences (。!?, a line break) in the normalised text. */
export const SENTENCE_BREAK = '。';

/**
 * A draft prepared for matching, with the way back: the normalised character at index i came
 * from `original.slice(starts[i], ends[i])` (indices are UTF-16 units on both sides).
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/**
 * Normalises a draft so that evasive writing meets the rule words:
 * - NFKC (full width to half width, ＶＸ → vx, ①→1) and lowercase;
 * - zero-width characters, variation selectors and combining marks are dropped;
 * - spaces, symbols and punctuation between characters are dropped ("加 微-信" → "加微信"),
 *   except clause and sentence punctuation, kept as one `，` or `。` so rules can stay inside
 *   a clause; `%` is kept, `+` reads as 加, and a `.` between digits stays a decimal point;
 * - look-alike spellings are replaced by their canonical word (spelling-variants.ts).
 */
export function normalizeWithOffsets(original: string, passes: readonly (readonly SpellingVariant[])[] = SPELLING_VARIANT_PASSES): NormalizedText {
  let folded = foldCharacters(original);
  for (const matcher of variantMatchers(passes)) folded = replaceVariants(folded, matcher);
  return { original, text: folded.chars.join(''), starts: folded.starts, ends: folded.ends };
}

/** The normalised form of a rule literal (term, anchor or exception), as drafts are normalised. */
export function normalizeLiteral(literal: string, passes?: readonly (readonly SpellingVariant[])[]): string {
  return normalizeWithOffsets(literal, passes).text;
}

/** Maps a range of the normalised text back to the original draft. */
export function toOriginalRange(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start || start >= normalized.starts.length) return { start: 0, end: 0 };
  return { start: normalized.starts[start] ?? 0, end: normalized.ends[end - 1] ?? 0 };
}

// ---------------------------------------------------------------------------------------------

interface Folded {
  readonly chars: string[];
  readonly starts: number[];
  readonly ends: number[];
  /** True where something (a space, a symbol, a break) was dropped just before the character. */
  readonly gapBefore: boolean[];
}

const DROPPED_SILENTLY = /^[\p{Cf}\p{Mn}\p{Me}\uFE00-\uFE0F]$/u;
const CONTENT = /^[\p{L}\p{N}]$/u;
const ASCII_ALNUM = /^[a-z0-9]$/;
const DIGIT = /^[0-9]$/;
const SENTENCE_PUNCTUATION = new Set(['。', '!', '?', '\n', '\r']);
const CLAUSE_PUNCTUATION = new Set([',', ';', '~']);

type PendingBreak = { kind: 'clause' | 'sentence'; start: number; end: number } | null;

function foldCharacters(original: string): Folded {
  const out: Folded = { chars: [], starts: [], ends: [], gapBefore: [] };
  let pending: PendingBreak = null;
  let gap = false;

  const emit = (char: string, start: number, end: number): void => {
    if (pending && out.chars.length > 0) {
      push(out, pending.kind === 'sentence' ? SENTENCE_BREAK : CLAUSE_BREAK, pending.start, pending.end, gap);
      gap = true;
    }
    pending = null;
    push(out, char, start, end, gap);
    gap = false;
  };
  const markBreak = (kind: 'clause' | 'sentence', start: number, end: number): void => {
    gap = true;
    if (!pending) pending = { kind, start, end };
    else if (kind === 'sentence' && pending.kind === 'clause') pending = { kind, start: pending.start, end };
  };

  let index = 0;
  for (const codePoint of original) {
    const start = index;
    index += codePoint.length;
    for (const char of codePoint.normalize('NFKC').toLowerCase()) {
      if (DROPPED_SILENTLY.test(char)) continue;
      if (CONTENT.test(char) || char === '%') emit(char, start, index);
      else if (char === '+') emit('加', start, index);
      else if (char === '.') {
        const before = out.chars.length > 0 && !pending && !gap ? out.chars[out.chars.length - 1] ?? '' : '';
        const after = firstFoldedChar(original, index);
        if (DIGIT.test(before) && DIGIT.test(after)) emit('.', start, index);
        else if (ASCII_ALNUM.test(before) && ASCII_ALNUM.test(after)) gap = true;
        else markBreak('sentence', start, index);
      } else if (SENTENCE_PUNCTUATION.has(char)) markBreak('sentence', start, index);
      else if (CLAUSE_PUNCTUATION.has(char)) markBreak('clause', start, index);
      else gap = true;
    }
  }
  return out;
}

function push(out: Folded, char: string, start: number, end: number, gapBefore: boolean): void {
  // A character outside the Basic Multilingual Plane is two UTF-16 units; both map to its source.
  for (let unit = 0; unit < char.length; unit++) {
    out.chars.push(unit === 0 ? char : '');
    out.starts.push(start);
    out.ends.push(end);
    out.gapBefore.push(unit === 0 ? gapBefore : false);
  }
}

function firstFoldedChar(original: string, from: number): string {
  const next = original.codePointAt(from);
  if (next === undefined) return '';
  return (String.fromCodePoint(next).normalize('NFKC').toLowerCase()[0] ?? '');
}

// ---------------------------------------------------------------------------------------------

interface VariantEntry {
  readonly canonical: string;
  readonly spelling: string;
}

const matcherCache = new WeakMap<readonly (readonly SpellingVariant[])[], LiteralMatcher<VariantEntry>[]>();

function variantMatchers(passes: readonly (readonly SpellingVariant[])[]): LiteralMatcher<VariantEntry>[] {
  const cached = matcherCache.get(passes);
  if (cached) return cached;
  const matchers = passes.map((variants) =>
    createLiteralMatcher(
      variants.flatMap((variant) =>
        variant.spellings.map((spelling) => {
          // Spellings are data in folded form already; folding them again keeps a typo harmless.
          const folded = foldCharacters(spelling).chars.join('');
          return { literal: folded, data: { canonical: variant.canonical, spelling: folded } };
        }),
      ),
    ),
  );
  matcherCache.set(passes, matchers);
  return matchers;
}

function replaceVariants(folded: Folded, matcher: LiteralMatcher<VariantEntry>): Folded {
  const text = folded.chars.join('');
  const hits = matcher
    .findAll(text)
    .filter((hit) => respectsLatinEdges(folded, hit.start, hit.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (hits.length === 0) return folded;

  const out: Folded = { chars: [], starts: [], ends: [], gapBefore: [] };
  let cursor = 0;
  for (const hit of hits) {
    if (hit.start < cursor) continue;
    copyRange(folded, out, cursor, hit.start);
    const start = folded.starts[hit.start] ?? 0;
    const end = folded.ends[hit.end - 1] ?? start;
    let first = true;
    for (const char of hit.data.canonical) {
      push(out, char, start, end, first ? (folded.gapBefore[hit.start] ?? false) : false);
      first = false;
    }
    cursor = hit.end;
  }
  copyRange(folded, out, cursor, folded.chars.length);
  return out;
}

function copyRange(from: Folded, to: Folded, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    to.chars.push(from.chars[i] ?? '');
    to.starts.push(from.starts[i] ?? 0);
    to.ends.push(from.ends[i] ?? 0);
    to.gapBefore.push(from.gapBefore[i] ?? false);
  }
}

/** A spelling starting or ending in a Latin letter/digit must not run into more of them ("wxyz"). */
function respectsLatinEdges(folded: Folded, start: number, end: number): boolean {
  const first = folded.chars[start] ?? '';
  const last = folded.chars[end - 1] ?? '';
  if (ASCII_ALNUM.test(first) && start > 0 && ASCII_ALNUM.test(folded.chars[start - 1] ?? '') && !folded.gapBefore[start]) return false;
  if (ASCII_ALNUM.test(last) && end < folded.chars.length && ASCII_ALNUM.test(folded.chars[end] ?? '') && !folded.gapBefore[end]) return false;
  return true;
}
