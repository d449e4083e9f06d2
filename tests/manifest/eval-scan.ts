/**
 * No eval in the shipped code. The CSP already forbids it at run time; this reads the bundles
 * so that a library that starts compiling strings fails here, before a store reviewer sees it.
 *
 * Known, documented exceptions (docs/store/firefox-review-notes.md): zod 4 ships a JIT that
 * compiles object parsers with `new Function`, behind a probe `Function("")`. Both are guarded
 * by `z.config({ jitless: true })`, which every entrypoint runs first (utils/schemas/zod-jitless.ts; the content script zod-jitless-page.ts),
 * so neither is ever reached; the end-to-end privacy test also finds no CSP violation.
 */
const KNOWN_EVAL_SITES = [
  {
    name: 'zod jit probe (returns false first under jitless)',
    pattern: /jitless\|\|[^;]{0,160}\)return!1;try\{return Function\(``\),!0\}catch\{return!1\}/g,
  },
  {
    name: 'zod jit compiler (only called when the probe said yes)',
    pattern: /compile\(\)\{let ([\w$]+)=Function,[\w$]+=this\?\.content\?\?\[``\];return new \1\(/g,
  },
];

/** Ways to run a string as code: eval, the Function constructor (called, constructed or aliased), string timers. */
const EVAL_LIKE = /\beval\s*\(|\bnew\s+Function\s*\(|(?<![.\w$])Function\s*\(|=\s*Function\s*[,;)]|\bset(?:Timeout|Interval)\s*\(\s*["'`]/g;

function spans(code: string, pattern: RegExp): Array<[number, number]> {
  return Array.from(code.matchAll(pattern), (match) => [match.index, match.index + match[0].length]);
}

export function unexplainedEvalSites(code: string): string[] {
  const explained = KNOWN_EVAL_SITES.flatMap(({ pattern }) => spans(code, pattern));
  return Array.from(code.matchAll(EVAL_LIKE))
    .filter((match) => !explained.some(([start, end]) => match.index >= start && match.index < end))
    .map((match) => code.slice(Math.max(0, match.index - 80), match.index + 80));
}
