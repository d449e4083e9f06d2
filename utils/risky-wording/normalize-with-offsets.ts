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
 * - numbers spelt in Chinese digits (一三八 六七二九 零零一五) become ASCII digits, so phone,
 *   account and card patterns see them;
 * - look-alike spellings are replaced by their canonical word (spelling-variants.ts).
 */
export function normalizeWithOffsets(
  original: string,
  passes: readonly (readonly SpellingVariant[])[] = SPELLING_VARIANT_PASSES,
  conversion?: ScriptConversion,
): NormalizedText {
  let folded = foldChineseDigitRuns(foldCharacters(original));
  if (conversion?.applies(folded.text)) for (const stage of conversion.stages) folded = convertStage(folded, stage);
  for (const matcher of variantMatchers(passes)) folded = replaceVariants(folded, matcher);
  return { original, text: folded.text, starts: folded.starts, ends: folded.ends };
}

/**
 * A script conversion run on the folded draft before the look-alike spellings (traditional
 * characters to simplified, traditional-to-simplified.ts): stage by stage, each replacing the
 * longest match at every position, so a finding still maps back to the characters the agent typed.
 * The worker passes one; a chat page's literal check does without (its bundle stays small).
 */
export interface ScriptConversion {
  /** A quick test most drafts fail (nothing to convert): they skip the stages. */
  applies(folded: string): boolean;
  readonly stages: readonly ConversionStage[];
}

/** The longest replacement starting at `at` (`end` exclusive, UTF-16 units), or null. */
export type ConversionStage = (text: string, at: number) => { end: number; value: string } | null;

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
// Drafts are scanned on every keystroke, so folding works on UTF-16 units in flat arrays: the
// characters a draft is nearly made of (CJK ideographs, ASCII, full-width ASCII, 。 and the
// ideographic space) are folded by table; only other characters pay for NFKC and Unicode
// property tests, one code point at a time.

interface Folded {
  /** The folded text, one entry per UTF-16 unit of `units`. */
  readonly text: string;
  readonly units: readonly number[];
  readonly starts: number[];
  readonly ends: number[];
  /** True where something (a space, a symbol, a break) was dropped just before the unit. */
  readonly gapBefore: readonly boolean[];
}

const DROPPED_SILENTLY = /^[\p{Cf}\p{Mn}\p{Me}\uFE00-\uFE0F]$/u;
const CONTENT = /^[\p{L}\p{N}]$/u;
const DIGIT = /^[0-9]$/;

const NO_BREAK = 0;
const CLAUSE = 1;
const SENTENCE = 2;
type BreakKind = typeof NO_BREAK | typeof CLAUSE | typeof SENTENCE;

const CLAUSE_BREAK_UNIT = CLAUSE_BREAK.charCodeAt(0);
const SENTENCE_BREAK_UNIT = SENTENCE_BREAK.charCodeAt(0);
const PLUS_READS_AS = '加'.charCodeAt(0);
/** Full-width ASCII (！ to ～) is NFKC's ASCII at this distance. */
const FULL_WIDTH_OFFSET = 0xfee0;

const isAsciiAlnumUnit = (unit: number): boolean => (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39);
const isCjkIdeographUnit = (unit: number): boolean => (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3400 && unit <= 0x4dbf);

/** Folds one draft; `pending` is a clause or sentence break waiting for the next content. */
class Folder {
  readonly units: number[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly gapBefore: boolean[] = [];
  private pending: BreakKind = NO_BREAK;
  private pendingStart = 0;
  private pendingEnd = 0;
  private gap = false;

  constructor(private readonly original: string) {}

  fold(): Folded {
    const { original } = this;
    for (let index = 0; index < original.length; ) {
      const unit = original.charCodeAt(index);
      const start = index;
      if (unit < 0x80) {
        index += 1;
        this.ascii(unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit, start, index);
      } else if (isCjkIdeographUnit(unit)) {
        index += 1;
        this.emitUnit(unit, start, index);
      } else if (unit >= 0xff01 && unit <= 0xff5e) {
        index += 1;
        const ascii = unit - FULL_WIDTH_OFFSET;
        this.ascii(ascii >= 0x41 && ascii <= 0x5a ? ascii + 0x20 : ascii, start, index);
      } else if (unit === SENTENCE_BREAK_UNIT) {
        index += 1;
        this.markBreak(SENTENCE, start, index);
      } else if (unit === 0x3000) {
        index += 1;
        this.gap = true;
      } else {
        const codePoint = String.fromCodePoint(original.codePointAt(index) ?? unit);
        index += codePoint.length;
        this.anyCodePoint(codePoint, start, index);
      }
    }
    return { text: textOf(this.units), units: this.units, starts: this.starts, ends: this.ends, gapBefore: this.gapBefore };
  }

  /** A folded ASCII unit (already lower case). */
  private ascii(unit: number, start: number, end: number): void {
    if (isAsciiAlnumUnit(unit) || unit === 0x25 /* % */) this.emitUnit(unit, start, end);
    else if (unit === 0x2b /* + */) this.emitUnit(PLUS_READS_AS, start, end);
    else if (unit === 0x2e /* . */) this.dot(start, end);
    else if (unit === 0x21 || unit === 0x3f || unit === 0x0a || unit === 0x0d /* ! ? line breaks */) this.markBreak(SENTENCE, start, end);
    else if (unit === 0x2c || unit === 0x3b || unit === 0x7e /* , ; ~ */) this.markBreak(CLAUSE, start, end);
    else this.gap = true;
  }

  /** Everything else: NFKC and lower case of the code point, then each resulting character. */
  private anyCodePoint(codePoint: string, start: number, end: number): void {
    for (const char of codePoint.normalize('NFKC').toLowerCase()) {
      if (DROPPED_SILENTLY.test(char)) continue;
      const unit = char.charCodeAt(0);
      if (char.length === 1 && unit < 0x80) this.ascii(unit, start, end);
      else if (CONTENT.test(char)) this.emitChar(char, start, end);
      else if (unit === SENTENCE_BREAK_UNIT) this.markBreak(SENTENCE, start, end);
      else this.gap = true;
    }
  }

  /** A `.` between digits is a decimal point; between Latin letters, a dot in a name ("v.x"). */
  private dot(start: number, end: number): void {
    const last = this.units.length;
    const before = last > 0 && this.pending === NO_BREAK && !this.gap ? (this.units[last - 1] ?? 0) : 0;
    const after = firstFoldedChar(this.original, end);
    const beforeIsDigit = before >= 0x30 && before <= 0x39;
    if (beforeIsDigit && DIGIT.test(after)) this.emitUnit(0x2e, start, end);
    else if (isAsciiAlnumUnit(before) && isAsciiAlnumUnit(after.charCodeAt(0)) && after.length === 1) this.gap = true;
    else this.markBreak(SENTENCE, start, end);
  }

  private markBreak(kind: BreakKind, start: number, end: number): void {
    this.gap = true;
    if (this.pending === NO_BREAK) {
      this.pending = kind;
      this.pendingStart = start;
      this.pendingEnd = end;
    } else if (kind === SENTENCE && this.pending === CLAUSE) {
      this.pending = SENTENCE;
      this.pendingEnd = end;
    }
  }

  private flushBreak(): void {
    if (this.pending !== NO_BREAK && this.units.length > 0) {
      this.push(this.pending === SENTENCE ? SENTENCE_BREAK_UNIT : CLAUSE_BREAK_UNIT, this.pendingStart, this.pendingEnd, this.gap);
      this.gap = true;
    }
    this.pending = NO_BREAK;
  }

  private emitUnit(unit: number, start: number, end: number): void {
    this.flushBreak();
    this.push(unit, start, end, this.gap);
    this.gap = false;
  }

  /** A character outside the Basic Multilingual Plane is two units; both map to its source. */
  private emitChar(char: string, start: number, end: number): void {
    this.flushBreak();
    for (let unit = 0; unit < char.length; unit++) this.push(char.charCodeAt(unit), start, end, unit === 0 && this.gap);
    this.gap = false;
  }

  private push(unit: number, start: number, end: number, gapBefore: boolean): void {
    this.units.push(unit);
    this.starts.push(start);
    this.ends.push(end);
    this.gapBefore.push(gapBefore);
  }
}

function foldCharacters(original: string): Folded {
  return new Folder(original).fold();
}

/** String.fromCharCode over a unit array, in slices the argument list can hold. */
function textOf(units: readonly number[]): string {
  const SLICE = 8192;
  if (units.length <= SLICE) return String.fromCharCode(...units);
  let text = '';
  for (let at = 0; at < units.length; at += SLICE) text += String.fromCharCode(...units.slice(at, at + SLICE));
  return text;
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

interface VariantPass {
  readonly matcher: LiteralMatcher<VariantEntry>;
  /**
   * Any of the pass's spellings, as UTF-16 units: a quick test most drafts fail, letting them
   * skip the automaton (every hit it finds is an occurrence this regex finds too).
   */
  readonly anySpelling: RegExp;
}

const passCache = new WeakMap<readonly (readonly SpellingVariant[])[], VariantPass[]>();

function variantMatchers(passes: readonly (readonly SpellingVariant[])[]): VariantPass[] {
  const cached = passCache.get(passes);
  if (cached) return cached;
  const compiled = passes.map((variants) => {
    const entries = variants.flatMap((variant) =>
      variant.spellings.map((spelling) => {
        // Spellings are data in folded form already; folding them again keeps a typo harmless.
        const folded = foldCharacters(spelling).text;
        return { literal: folded, data: { canonical: variant.canonical, spelling: folded } };
      }),
    );
    const spellings = entries.map((entry) => entry.literal).filter((literal) => literal.length > 0);
    const anySpelling = spellings.length > 0 ? new RegExp(spellings.map(escapeRegExp).join('|')) : /(?!)/;
    return { matcher: createLiteralMatcher(entries), anySpelling };
  });
  passCache.set(passes, compiled);
  return compiled;
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** Most drafts hold no look-alike spelling: then the folded arrays are kept as they are. */
function replaceVariants(folded: Folded, { matcher, anySpelling }: VariantPass): Folded {
  if (!anySpelling.test(folded.text)) return folded;
  const hits = matcher
    .findAll(folded.text)
    .filter((hit) => respectsLatinEdges(folded, hit.start, hit.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (hits.length === 0) return folded;

  const units: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const gapBefore: boolean[] = [];
  const copy = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      units.push(folded.units[i] ?? 0);
      starts.push(folded.starts[i] ?? 0);
      ends.push(folded.ends[i] ?? 0);
      gapBefore.push(folded.gapBefore[i] ?? false);
    }
  };
  let cursor = 0;
  for (const hit of hits) {
    if (hit.start < cursor) continue;
    copy(cursor, hit.start);
    const start = folded.starts[hit.start] ?? 0;
    const end = folded.ends[hit.end - 1] ?? start;
    const canonical = hit.data.canonical;
    for (let unit = 0; unit < canonical.length; unit++) {
      units.push(canonical.charCodeAt(unit));
      starts.push(start);
      ends.push(end);
      gapBefore.push(unit === 0 && (folded.gapBefore[hit.start] ?? false));
    }
    cursor = hit.end;
  }
  copy(cursor, folded.units.length);
  return { text: textOf(units), units, starts, ends, gapBefore };
}

/** Chinese digit characters (by UTF-16 unit), each one ASCII digit's unit. */
const CHINESE_DIGIT_UNITS: ReadonlyMap<number, number> = new Map(
  [...'〇零一幺二三四五六七八九'].map((char, at) => [char.charCodeAt(0), '001123456789'.charCodeAt(at)]),
);
/**
 * A run of at least this many digits (Chinese or ASCII, with x or * masking some) holding at
 * least CHINESE_IN_RUN Chinese ones is a phone, account or card number spelt out. Shorter runs
 * are words (一一, 三五天).
 */
const DIGIT_RUN = 7;
const CHINESE_IN_RUN = 4;
const ANY_DIGIT_RUN = /[〇零一幺二三四五六七八九0-9x*]{7}/;

const isRunUnit = (unit: number): boolean =>
  (unit >= 0x30 && unit <= 0x39) || unit === 0x78 /* x */ || unit === 0x2a /* * */ || CHINESE_DIGIT_UNITS.has(unit);

/**
 * Replaces the Chinese digits of such runs in place: one unit for one unit, offsets unchanged.
 * Every draft goes through it on every keystroke, so it costs one regex test unless a run is there.
 */
function foldChineseDigitRuns(folded: Folded): Folded {
  // Most drafts hold no run of seven: one quick test, then the loop only for those that do.
  if (!ANY_DIGIT_RUN.test(folded.text)) return folded;
  let units: number[] | undefined;
  const source = folded.units;
  let runStart = 0;
  let chinese = 0;
  for (let at = 0; at <= source.length; at++) {
    const unit = at < source.length ? (source[at] ?? 0) : -1;
    if (unit !== -1 && isRunUnit(unit)) {
      if (CHINESE_DIGIT_UNITS.has(unit)) chinese += 1;
      continue;
    }
    if (at - runStart >= DIGIT_RUN && chinese >= CHINESE_IN_RUN) {
      units ??= [...source];
      for (let i = runStart; i < at; i++) units[i] = CHINESE_DIGIT_UNITS.get(source[i] ?? 0) ?? units[i] ?? 0;
    }
    runStart = at + 1;
    chinese = 0;
  }
  return units ? { ...folded, text: textOf(units), units } : folded;
}

/** One conversion stage over the folded arrays; a replacement maps to the span it replaced. */
function convertStage(folded: Folded, stage: ConversionStage): Folded {
  const units: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const gapBefore: boolean[] = [];
  const { text } = folded;
  let changed = false;
  for (let at = 0; at < text.length; ) {
    const match = stage(text, at);
    if (!match || match.end <= at || text.slice(at, match.end) === match.value) {
      const end = match && match.end > at ? match.end : at + 1;
      for (let i = at; i < end; i++) {
        units.push(folded.units[i] ?? 0);
        starts.push(folded.starts[i] ?? 0);
        ends.push(folded.ends[i] ?? 0);
        gapBefore.push(folded.gapBefore[i] ?? false);
      }
      at = end;
      continue;
    }
    changed = true;
    const start = folded.starts[at] ?? 0;
    const end = folded.ends[match.end - 1] ?? start;
    for (let unit = 0; unit < match.value.length; unit++) {
      units.push(match.value.charCodeAt(unit));
      starts.push(start);
      ends.push(end);
      gapBefore.push(unit === 0 && (folded.gapBefore[at] ?? false));
    }
    at = match.end;
  }
  return changed ? { text: textOf(units), units, starts, ends, gapBefore } : folded;
}

/** A spelling starting or ending in a Latin letter/digit must not run into more of them ("wxyz"). */
function respectsLatinEdges(folded: Folded, start: number, end: number): boolean {
  const { units, gapBefore } = folded;
  if (isAsciiAlnumUnit(units[start] ?? 0) && start > 0 && isAsciiAlnumUnit(units[start - 1] ?? 0) && !gapBefore[start]) return false;
  if (isAsciiAlnumUnit(units[end - 1] ?? 0) && end < units.length && isAsciiAlnumUnit(units[end] ?? 0) && !gapBefore[end]) return false;
  return true;
}
