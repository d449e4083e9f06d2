import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildLibraryIndex } from '../../../utils/engine/library-index';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { suggest } from '../../../utils/engine/suggest';
import { parseIntentEvalFile } from '../../../utils/eval/intent-eval-file';
import { scoreIntentLines, summaryLine } from '../../../utils/eval/intent-metrics';
import { DEFAULT_PACK } from '../../../utils/packs/default-pack';

const HOLDOUT = fileURLToPath(new URL('../../fixtures/engine/intent-holdout.tsv', import.meta.url));

describe('the default pack answers buyers it was never tuned on', () => {
  it('puts the right intent first for most, and in the first three for nearly all', () => {
    const cases = parseIntentEvalFile(readFileSync(HOLDOUT, 'utf8'), 'intent-holdout.tsv');
    const index = buildLibraryIndex(libraryFromPacks([DEFAULT_PACK]));
    const metrics = scoreIntentLines(
      cases.map((evalCase) => ({
        expected: evalCase.expected,
        predicted: suggest(index, evalCase.thread).suggestions.map((suggestion) => suggestion.category),
      })),
    );
    console.log(`intent-holdout.tsv: ${summaryLine(metrics.overall)}`);
    expect(metrics.overall.top1 / metrics.overall.n).toBeGreaterThanOrEqual(0.85);
    expect(metrics.overall.top3 / metrics.overall.n).toBeGreaterThanOrEqual(0.95);
  });
});
