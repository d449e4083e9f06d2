/** Characters with a meaning in a regex; a run without them matches itself. */
const SPECIAL = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
const QUANTIFIERS = new Set(['?', '*', '+', '{']);
const PLAIN_WORDS = /^[^\\^$.|?*+()[\]{}]+(?:\|[^\\^$.|?*+()[\]{}]+)*$/u;

/**
 * Words of which every match of `source` contains one, read off the regex's top-level
 * sequence: each plain word list `(?:运费|邮费)` and each run of plain characters `只能开`
 * there that is neither optional nor repeated must occur in any match. Of those, the most
 * selective (longest shortest word, then fewest words) is chosen. A draft holding none of its
 * words cannot match, so the scanner finds gate words in its one pass over all literals and
 * skips the regex otherwise. [] when there is no such sequence element or the regex has a `|`
 * at the top level (the regex then always runs). Assumes the rule flags (`gu`, no `i`): the
 * words match exactly as written.
 */
export function regexGateWords(source: string): string[] {
  const candidates = necessaryWordSets(source);
  if (!candidates) return [];
  let best: string[] = [];
  let bestShortest = 0;
  for (const words of candidates) {
    const shortest = Math.min(...words.map((word) => Array.from(word).length));
    if (shortest > bestShortest || (shortest === bestShortest && words.length < best.length)) {
      best = words;
      bestShortest = shortest;
    }
  }
  return best;
}

/** The word sets of the top-level sequence, or null when the regex is an alternation. */
function necessaryWordSets(source: string): string[][] | null {
  const sets: string[][] = [];
  let run = '';
  const endRun = (): void => {
    if (run.length > 0) sets.push([run]);
    run = '';
  };
  let index = 0;
  while (index < source.length) {
    const char = source[index] ?? '';
    if (char === '|') return null;
    if (!SPECIAL.has(char)) {
      const width = String.fromCodePoint(source.codePointAt(index) ?? 0).length;
      const literal = source.slice(index, index + width);
      index += width;
      // A quantifier applies to this character alone: the run ends before it.
      if (QUANTIFIERS.has(source[index] ?? '')) {
        endRun();
        index = skipQuantifier(source, index);
      } else run += literal;
      continue;
    }
    endRun();
    if (char === '(') {
      const close = closingParen(source, index);
      if (close === -1) return null;
      const group = source.slice(index, close + 1);
      index = skipQuantifier(source, close + 1);
      const quantified = index !== close + 1;
      const body = group.startsWith('(?:') ? group.slice(3, -1) : null;
      if (!quantified && body !== null && PLAIN_WORDS.test(body)) sets.push([...new Set(body.split('|'))]);
    } else if (char === '[') {
      index = skipQuantifier(source, closingBracket(source, index) + 1);
    } else if (char === '\\') {
      index = skipQuantifier(source, skipEscape(source, index));
    } else {
      index = skipQuantifier(source, index + 1);
    }
  }
  endRun();
  return sets;
}

function skipQuantifier(source: string, index: number): number {
  let at = index;
  const char = source[at] ?? '';
  if (char === '?' || char === '*' || char === '+') at += 1;
  else if (char === '{') {
    const close = source.indexOf('}', at);
    at = close === -1 ? source.length : close + 1;
  } else return at;
  return source[at] === '?' ? at + 1 : at;
}

function skipEscape(source: string, index: number): number {
  const kind = source[index + 1] ?? '';
  if ((kind === 'p' || kind === 'P' || kind === 'u') && source[index + 2] === '{') {
    const close = source.indexOf('}', index);
    return close === -1 ? source.length : close + 1;
  }
  return index + 2;
}

function closingBracket(source: string, open: number): number {
  for (let index = open + 1; index < source.length; index += 1) {
    if (source[index] === '\\') index += 1;
    else if (source[index] === ']') return index;
  }
  return source.length;
}

function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let index = open; index < source.length; index += 1) {
    const char = source[index];
    if (char === '\\') index += 1;
    else if (char === '[') index = closingBracket(source, index);
    else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}
