import { buildShippedLibraryIndex } from '../../../utils/engine/shipped-library-index';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildLibraryIndex } from '../../../utils/engine/library-index';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { suggest } from '../../../utils/engine/suggest';
import { parseIntentEvalFile } from '../../../utils/dev-tools/eval/intent-eval-file';
import { scoreIntentLines, summaryLine } from '../../../utils/dev-tools/eval/intent-metrics';
import { defaultPack } from '../../../utils/packs/default-pack';

/** Buyer lines written by hand without looking at shared/eval, one batch per session. */
const HOLDOUTS = ['intent-holdout.tsv', 'intent-holdout-2.tsv'];

describe('the default pack answers buyers it was never tuned on', () => {
  it.each(HOLDOUTS)('%s: the right intent first for most, and in the first three for nearly all', (name) => {
    const file = fileURLToPath(new URL(`../../fixtures/engine/${name}`, import.meta.url));
    const cases = parseIntentEvalFile(readFileSync(file, 'utf8'), name);
    const index = buildShippedLibraryIndex(libraryFromPacks([defaultPack()]));
    const metrics = scoreIntentLines(
      cases.map((evalCase) => ({
        expected: evalCase.expected,
        predicted: suggest(index, evalCase.thread).suggestions.map((suggestion) => suggestion.category),
      })),
    );
    console.log(`${name}: ${summaryLine(metrics.overall)}`);
    expect(metrics.overall.top1 / metrics.overall.n).toBeGreaterThanOrEqual(0.85);
    expect(metrics.overall.top3 / metrics.overall.n).toBeGreaterThanOrEqual(0.95);
  });
});
