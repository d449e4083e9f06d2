import { isSafePattern } from 'redos-detector';
import { RULE_REGEX_FLAGS } from './risky-wording-rule-shape';
import { boundedPathCount } from './regex-path-bound';

/** Why a rule's regex cannot be accepted. */
export type RegexProblem =
  | { readonly kind: 'syntax'; readonly detail: string }
  | { readonly kind: 'backtracking'; readonly example: string }
  | { readonly kind: 'too-complex' };

/** Flags every rule regex runs with (risky-wording-rule-shape.ts). */
export { RULE_REGEX_FLAGS };

const verdicts = new Map<string, RegexProblem | null>();

/**
 * A regex whose quantifiers are all bounded and which has at most this many ways through it
 * from one start position cannot backtrack catastrophically: per start position the engine
 * does at most this many attempts, whatever the draft says.
 */
export const MAX_PATHS_PER_START = 10_000;

/** redos-detector's own default step limit, named so the verdict's one bound is visible here. */
const REDOS_MAX_STEPS = 20_000;

/**
 * Checks a rule regex before it is accepted: it must compile with the flags the scanner uses,
 * and it must not be able to backtrack catastrophically.
 *
 * - A regex with only bounded quantifiers and few enough ways through it (regex-path-bound.ts)
 *   is proven safe by counting, in microseconds. Rule regexes are mostly of this kind (word
 *   lists with short windows), and redos-detector spends 0.1–1 s on each of those, which the
 *   service worker would pay on every start.
 * - Anything else (`+`, `*`, `{n,}`, backreferences, very branchy regexes) goes to the ReDoS
 *   checker, redos-detector, which must find no input that makes it backtrack without bound.
 *   The scanner tries a regex from every start position of a draft, so it is checked the way
 *   it runs from one start position (`^(?:…)`); otherwise the implicit `.*?` in front would
 *   make every bounded window look unsafe.
 *
 * Verdicts are cached per source, so parsing a rule set again costs nothing.
 */
export function findRegexProblem(source: string): RegexProblem | null {
  const cached = verdicts.get(source);
  if (cached !== undefined) return cached;
  const verdict = checkRegex(source);
  verdicts.set(source, verdict);
  return verdict;
}

function checkRegex(source: string): RegexProblem | null {
  try {
    new RegExp(source, `d${RULE_REGEX_FLAGS}`);
  } catch (error) {
    return { kind: 'syntax', detail: error instanceof Error ? error.message : String(error) };
  }
  const paths = boundedPathCount(source);
  if (paths !== null && paths <= MAX_PATHS_PER_START) return null;
  return checkWithRedosDetector(source);
}

/** The full check with redos-detector, also used by the tests on every shipped regex. */
export function checkWithRedosDetector(source: string): RegexProblem | null {
  // redos-detector's parser does not know named groups; a plain group backtracks the same way.
  const unnamed = source.replace(/\(\?<([A-Za-z_$][\w$]*)>/g, '(');
  try {
    // No time limit: a verdict must not depend on how busy the machine is (a 10-second limit once
    // turned a shipped regex that takes a second here into "too complex" on a loaded CI machine).
    // redos-detector's step limit bounds the work and gives the same answer everywhere.
    const result = isSafePattern(`^(?:${widenLiteralAlternations(unnamed)})`, { unicode: true, maxSteps: REDOS_MAX_STEPS });
    if (result.safe) return null;
    if (result.error === 'hitMaxScore') return { kind: 'backtracking', example: exampleFromTrails(result.trails) };
    return { kind: 'too-complex' };
  } catch {
    return { kind: 'too-complex' };
  }
}

/**
 * Rule regexes are mostly word lists (`(?:运费|邮费|快递费)`), which redos-detector explores
 * path by path until it gives up. Before the check, each group whose alternatives are all runs
 * of plain characters or character classes is widened: alternatives of the same length become
 * one run of per-position classes (`运费|邮费` → `[运邮][费]`). The widened regex accepts every
 * string the original does, and each way the original can match a text maps to a distinct way
 * the widened one can (two different alternatives of one length cannot match the same text), so
 * if the widened regex cannot backtrack without bound, neither can the original. Groups with a
 * repeated alternative are left as they are, since a repeat does add ways to match.
 */
export function widenLiteralAlternations(source: string): string {
  return source.replace(/\((\?:)?([^()]*)\)/g, (whole: string, _nonCapturing: string | undefined, body: string) => {
    const alternatives = body.split('|');
    if (alternatives.length < 2 || new Set(alternatives).size !== alternatives.length) return whole;
    const runs = alternatives.map(splitAtoms);
    if (runs.some((run) => run === null || run.length === 0)) return whole;
    const byLength = new Map<number, string[][]>();
    for (const run of runs as string[][]) byLength.set(run.length, [...(byLength.get(run.length) ?? []), run]);
    const widened = [...byLength.entries()]
      .sort(([a], [b]) => a - b)
      .map(([length, same]) =>
        Array.from({ length }, (_, position) => `[${[...new Set(same.map((run) => run[position] ?? ''))].join('')}]`).join(''),
      );
    return `(?:${widened.join('|')})`;
  });
}

/** The character-class bodies of a run like `邮费`, `[\\d一二]` or `\\d`, or null if it holds anything else. */
function splitAtoms(alternative: string): string[] | null {
  const atoms: string[] = [];
  let index = 0;
  while (index < alternative.length) {
    const char = String.fromCodePoint(alternative.codePointAt(index) ?? 0);
    if (char === '[') {
      const close = alternative.indexOf(']', index + 1);
      const body = alternative.slice(index + 1, close);
      if (close === -1 || body.length === 0 || /^[\^-]|-$/.test(body) || /\\[^dws]|[[\]]/.test(body.replace(/\\[dws]/g, ''))) return null;
      atoms.push(body);
      index = close + 1;
    } else if (char === '\\') {
      const escaped = alternative[index + 1] ?? '';
      if (escaped === 'd') atoms.push('\\d');
      else return null;
      index += 2;
    } else if ('.*+?{}()^$|'.includes(char)) {
      return null;
    } else {
      atoms.push(char === '-' ? '\\-' : char);
      index += char.length;
    }
  }
  return atoms;
}

function exampleFromTrails(trails: readonly { trail: readonly { a: { node: { source: string } }; b: { node: { source: string } } }[] }[]): string {
  const first = trails[0]?.trail[0];
  return first ? `${first.a.node.source} / ${first.b.node.source}` : '';
}

export function describeRegexProblem(ruleId: string, source: string, problem: RegexProblem): string {
  switch (problem.kind) {
    case 'syntax':
      return (
        `规则 "${ruleId}" 的正则 "${source}" 写法有误（${problem.detail}）。请检查括号和转义，例如 "qq[^，。]{0,3}\\d{5,}" / ` +
        `rule "${ruleId}": invalid regex "${source}" (${problem.detail}); check brackets and escapes, e.g. "qq[^，。]{0,3}\\d{5,}"`
      );
    case 'backtracking':
      return (
        `规则 "${ruleId}" 的正则 "${source}" 可能发生灾难性回溯：同一段文字有无数种匹配方式（${problem.example}），长消息会让浏览器卡死。` +
        `请去掉嵌套或互相重叠的量词，例如把 "(a+)+$" 改成 "a+$"，把 "包邮.*补.*运费" 改成 "包邮[^。补]{0,20}补[^。运]{0,6}运费" / ` +
        `rule "${ruleId}": regex "${source}" can backtrack catastrophically (the same text matches in unboundedly many ways). ` +
        `Remove nested or overlapping quantifiers, e.g. rewrite "(a+)+$" as "a+$".`
      );
    case 'too-complex':
      return (
        `规则 "${ruleId}" 的正则 "${source}" 太复杂，无法证明不会卡死。请拆成几条更简单的正则，或用词条代替，例如 "加微信" / ` +
        `rule "${ruleId}": regex "${source}" is too complex to prove safe; split it into simpler regexes or use terms, e.g. "加微信".`
      );
  }
}
