import { parseArgs } from 'node:util';
import { z } from 'zod';
import { libraryFromPacks } from '../../engine/library-from-packs';
import { buildShippedLibraryIndex } from '../../engine/shipped-library-index';
import { loadEvalPacks, readEvalFile } from '../eval/eval-inputs';
import { parseProductEvalFile, productSummaryLine, scoreProductEval } from '../eval/product-eval';

z.config({ jitless: true });

const USAGE = `usage: npm run eval:products -- <file.tsv> [--pack <pack.json>]...
  <file.tsv>   one line per buyer turn: "<phrase id or holding>\\t<thread>", the thread with a "product:<商品标题>" part
  --pack       evaluate these packs (repeat the option), alone; without it the default pack`;

/**
 * Product questions: is the first suggestion the labelled phrase (the product's own answer, or a
 * holding reply where the product has none)? Prints one line per miss and ends with
 * `product_first=… n=… holding_first=… facts_card=…` as the very last line.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { pack: { type: 'string', multiple: true }, help: { type: 'boolean', default: false } },
  });
  const file = positionals[0];
  if (values.help || file === undefined || positionals.length > 1) {
    console.error(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const packs = await loadEvalPacks(values.pack ?? []);
  const cases = parseProductEvalFile(await readEvalFile(file), file, packs);
  const report = scoreProductEval(buildShippedLibraryIndex(libraryFromPacks(packs)), packs, cases);
  const products = packs.reduce((sum, pack) => sum + pack.products.length, 0);
  console.log(`file: ${file} (${cases.length} lines); packs: ${packs.map((pack) => `${pack.id} ${pack.version}`).join(', ')} (${products} products)`);
  for (const miss of report.misses) console.log(`miss line ${miss.line}: label=${miss.label} got=${miss.got}`);
  console.log(productSummaryLine(report));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
