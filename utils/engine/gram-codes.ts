/**
 * Grams as numbers rather than strings: a 100k-phrase library has hundreds of thousands of
 * distinct grams, and numbers sort, compare and store (in a Float64Array) without a string
 * object each. A single character is its code point; a bigram packs both code points into one
 * integer below 2^42, which a double holds exactly. Code points, not UTF-16 units, so a
 * character outside the BMP (CJK extension B) is still one character.
 */
const CODE_POINT_SPACE = 0x110000;

export function bigramCode(first: number, second: number): number {
  return (first + 1) * CODE_POINT_SPACE + second;
}

function isBigramCode(code: number): boolean {
  return code >= CODE_POINT_SPACE;
}

/** The code of a one- or two-character gram written as text (tests, reasons shown to agents). */
export function gramCode(gram: string): number {
  const points = codePointsOf(gram);
  const [first, second] = points;
  if (points.length === 1 && first !== undefined) return first;
  if (points.length === 2 && first !== undefined && second !== undefined) return bigramCode(first, second);
  throw new Error(`a gram is one or two characters, got "${gram}"`);
}

export function gramText(code: number): string {
  if (!isBigramCode(code)) return String.fromCodePoint(code);
  const first = Math.floor(code / CODE_POINT_SPACE) - 1;
  return String.fromCodePoint(first, code - (first + 1) * CODE_POINT_SPACE);
}

/** The code points of `text`, as `Array.from(text)` would split it. */
export function codePointsOf(text: string): number[] {
  const points: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const point = text.codePointAt(i) ?? 0;
    points.push(point);
    if (point > 0xffff) i += 1;
  }
  return points;
}

/** Distinct bigrams in order of first occurrence. */
export function bigramCodesOf(points: readonly number[]): number[] {
  const seen = new Set<number>();
  for (let i = 0; i + 1 < points.length; i += 1) seen.add(bigramCode(points[i] ?? 0, points[i + 1] ?? 0));
  return [...seen];
}

/** Distinct characters in order of first occurrence. */
export function characterCodesOf(points: readonly number[]): number[] {
  return [...new Set(points)];
}
