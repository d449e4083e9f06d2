import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvalFileError } from '../../../../utils/dev-tools/eval/intent-eval-file';
import { parseProductEvalFile, productSummaryLine, scoreProductEval } from '../../../../utils/dev-tools/eval/product-eval';
import { libraryFromPacks } from '../../../../utils/engine/library-from-packs';
import { buildShippedLibraryIndex } from '../../../../utils/engine/shipped-library-index';
import { defaultPack } from '../../../../utils/packs/default-pack';
import { packSchema } from '../../../../utils/schemas/pack';

const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'eval', 'products');
const packs = [defaultPack(), packSchema.parse(JSON.parse(readFileSync(join(DIR, 'shop-pack.json'), 'utf8')))];
const index = buildShippedLibraryIndex(libraryFromPacks(packs));

describe('eval:products: is the product\'s own answer the first suggestion?', () => {
  it('scores the sample file: four lines answered first, the holding line with the facts card, one miss named', () => {
    const cases = parseProductEvalFile(readFileSync(join(DIR, 'sample.tsv'), 'utf8'), 'sample.tsv', packs);
    expect(cases).toHaveLength(5);
    expect(cases[0]?.thread.product).toEqual({ title: '【热卖】不锈钢保温杯500ml 大容量 包邮…' });
    const report = scoreProductEval(index, packs, cases);
    // The last line asks the toothbrush about the cup's own warranty answer: never suggested.
    expect(report.misses).toEqual([{ line: 6, label: 'cup-warranty', got: 'default-zh/after-sales-358' }]);
    expect(productSummaryLine(report)).toBe('product_first=0.800 n=5 holding_first=1.000 facts_card=1.000');
    // Deterministic: the same figures twice.
    expect(productSummaryLine(scoreProductEval(index, packs, cases))).toBe(productSummaryLine(report));
  });

  it('rejects a label that is neither a phrase of the packs nor "holding", naming file and line', () => {
    expect(() => parseProductEvalFile('# c\nno-such-phrase\tproduct:杯子 || 保修多久', 'f.tsv', packs)).toThrow(EvalFileError);
    expect(() => parseProductEvalFile('# c\nno-such-phrase\tproduct:杯子 || 保修多久', 'f.tsv', packs)).toThrow(
      'f.tsv:2: "no-such-phrase" is neither a phrase id of the packs evaluated nor "holding"',
    );
  });
});
