import type { LibraryPhrase } from '../../schemas/phrase';
import type { WordingRule } from '../../schemas/risky-wording-rule';
import { checkWording, compileRules } from '../../risky-wording/check-wording';
import { checkDraftFully } from '../../risky-wording/check-draft-fully';
import { bundledDraftModels } from '../eval/bundled-draft-models';
import { benchWordingRules } from './bench-wording-rules';
import { generateDrafts } from './bench-drafts';
import { naiveWordingScanner } from './naive-wording-scan';
import { percentile, timeEach, timeOnce } from './timing';

export interface WordingFigures {
  terms: number;
  regexes: number;
  drafts: number;
  compileMs: number;
  /** checkWording on one 200-character draft, median over drafts, in µs. */
  wordingP50Us: number;
  wordingP95Us: number;
  naiveP50Us: number;
  speedup: number;
  /** The worker's full check (traditional script, tone) on the same drafts, in µs. */
  fullP50Us: number;
  fullP95Us: number;
}

/** The wording scanner against the 5,000-term, 50-regex rule set, next to the naive scanner. */
export function benchWording(shipped: readonly WordingRule[], library: readonly LibraryPhrase[], drafts: number, rounds: number): WordingFigures {
  const rules = benchWordingRules(shipped, library);
  let compiled = compileRules(rules);
  const compileMs = timeOnce(() => (compiled = compileRules(rules)));
  const texts = generateDrafts(library, rules, drafts);
  const naive = naiveWordingScanner(rules);
  const ours = timeEach(texts, (draft) => checkWording(compiled, draft), rounds);
  const baseline = timeEach(texts, (draft) => naive.scan(draft), rounds);
  const models = bundledDraftModels();
  const full = timeEach(texts, (draft) => checkDraftFully(compiled, draft, undefined, models), rounds);
  const wordingP50Us = percentile(ours, 50) * 1000;
  const naiveP50Us = percentile(baseline, 50) * 1000;
  return {
    terms: rules.reduce((sum, rule) => sum + rule.terms.length, 0),
    regexes: rules.reduce((sum, rule) => sum + rule.patterns.length, 0),
    drafts: texts.length,
    compileMs,
    wordingP50Us,
    wordingP95Us: percentile(ours, 95) * 1000,
    naiveP50Us,
    speedup: naiveP50Us / wordingP50Us,
    fullP50Us: percentile(full, 50) * 1000,
    fullP95Us: percentile(full, 95) * 1000,
  };
}

/**
 * `benchWording` several times after one unmeasured warm-up pass, keeping the pass with the
 * median speedup: on a shared 2-core machine a single pass now and then lands on a garbage
 * collection or a JIT tier change and reads 50% slower, which says nothing about the scanner.
 */
export function benchWordingSteadily(
  shipped: readonly WordingRule[],
  library: readonly LibraryPhrase[],
  drafts: number,
  rounds: number,
  passes = 5,
): WordingFigures {
  benchWording(shipped, library, drafts, 1);
  const runs = Array.from({ length: passes }, () => benchWording(shipped, library, drafts, rounds)).sort((a, b) => a.speedup - b.speedup);
  const median = runs[Math.floor(runs.length / 2)];
  if (!median) throw new Error('benchWordingSteadily needs at least one pass');
  return median;
}
