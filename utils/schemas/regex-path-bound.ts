/**
 * An upper bound on the number of ways a backtracking engine can walk a regex from one start
 * position: choices at alternations and the iteration counts of quantifiers, multiplied along
 * a sequence. It exists only when every quantifier is bounded (no `*`, `+`, `{n,}`) and there
 * is no backreference; then the work per start position is at most this many paths, however
 * the input looks, so the regex cannot backtrack catastrophically. Returns null otherwise, and
 * for anything this small parser does not understand (the caller then falls back to a full
 * ReDoS check).
 */
export function boundedPathCount(source: string): number | null {
  try {
    const parser = new PathCounter(source);
    const count = parser.alternation();
    return parser.atEnd() ? count : null;
  } catch {
    return null;
  }
}

const PLAIN_WORDS = /^[^\\()[\]{}*+?.^$|]+(?:\|[^\\()[\]{}*+?.^$|]+)*$/u;

/**
 * A group of plain words (`(?:运费|邮费|快递费)`) can continue in as many ways as the longest
 * run of its words that are prefixes of one another: at any position the text decides which
 * words match, and only words sharing a prefix can match together (`手续|手续费` → 2).
 */
function literalChoices(body: string): number | null {
  if (!PLAIN_WORDS.test(body)) return null;
  const words = [...new Set(body.split('|'))].sort((a, b) => a.length - b.length);
  const chain = new Map<string, number>();
  let longest = 0;
  for (const word of words) {
    let best = 1;
    for (const [shorter, length] of chain) if (word.startsWith(shorter)) best = Math.max(best, length + 1);
    chain.set(word, best);
    longest = Math.max(longest, best);
  }
  return longest;
}

/** Saturates instead of overflowing; anything this large is "too many" for every caller. */
const CEILING = 1e15;
const cap = (n: number): number => Math.min(n, CEILING);

class Unbounded extends Error {}

class PathCounter {
  private index = 0;

  constructor(private readonly source: string) {}

  atEnd(): boolean {
    return this.index >= this.source.length;
  }

  alternation(): number {
    let total = this.sequence();
    while (this.peek() === '|') {
      this.index++;
      total = cap(total + this.sequence());
    }
    return total;
  }

  private sequence(): number {
    let product = 1;
    while (!this.atEnd() && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      product = cap(product * this.quantified(atom));
    }
    return product;
  }

  private atom(): number {
    const char = this.next();
    if (char === '(') {
      if (this.source.startsWith('?:', this.index) || this.source.startsWith('?=', this.index) || this.source.startsWith('?!', this.index)) this.index += 2;
      else if (this.source.startsWith('?<=', this.index) || this.source.startsWith('?<!', this.index)) this.index += 3;
      else if (this.source.startsWith('?<', this.index)) {
        const close = this.source.indexOf('>', this.index);
        if (close === -1) throw new Error('unclosed group name');
        this.index = close + 1;
      }
      const bodyStart = this.index;
      const inner = this.alternation();
      const body = this.source.slice(bodyStart, this.index);
      if (this.next() !== ')') throw new Error('unclosed group');
      return literalChoices(body) ?? inner;
    }
    if (char === '[') {
      while (!this.atEnd() && this.peek() !== ']') {
        if (this.next() === '\\') this.index++;
      }
      if (this.next() !== ']') throw new Error('unclosed class');
      return 1;
    }
    if (char === '\\') {
      const escaped = this.next();
      if (/[1-9]/.test(escaped) || escaped === 'k') throw new Unbounded('backreference');
      if ((escaped === 'p' || escaped === 'P' || escaped === 'u') && this.peek() === '{') {
        const close = this.source.indexOf('}', this.index);
        if (close === -1) throw new Error('unclosed escape');
        this.index = close + 1;
      }
      return 1;
    }
    if (char === ')' || char === '*' || char === '+' || char === '?' || char === '{') throw new Error(`unexpected ${char}`);
    return 1;
  }

  private quantified(paths: number): number {
    const char = this.peek();
    let min: number;
    let max: number;
    if (char === '*' || char === '+') throw new Unbounded('unbounded quantifier');
    if (char === '?') {
      this.index++;
      min = 0;
      max = 1;
    } else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.index));
      if (!match) return paths;
      this.index += match[0].length;
      min = Number(match[1]);
      if (match[2] !== undefined && match[3] === '') throw new Unbounded('unbounded quantifier');
      max = match[3] ? Number(match[3]) : min;
    } else {
      return paths;
    }
    if (this.peek() === '?') this.index++; // lazy: the same paths, tried in another order
    let total = 0;
    for (let k = min; k <= max && total < CEILING; k++) total = cap(total + cap(paths ** k));
    return total;
  }

  private peek(): string {
    return this.source[this.index] ?? '';
  }

  private next(): string {
    const char = this.source[this.index] ?? '';
    this.index++;
    return char;
  }
}
