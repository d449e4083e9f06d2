import '../../schemas/zod-jitless';
import { parseArgs } from 'node:util';
import { generateBuyerThreads } from '../bench/buyer-threads';
import { benchLibrary, type LibraryFigures } from '../bench/library-bench';
import { figureLines, formatTable, sizeLabel } from '../bench/report';
import { formatFigure, NODE_TARGETS, verdictLine } from '../bench/targets';
import { benchWordingSteadily } from '../bench/wording-bench';
import { libraryFromPacks } from '../../engine/library-from-packs';
import { buildShippedLibraryIndex } from '../../engine/shipped-library-index';
import { modelBytes } from '../eval/topic-model-comparison';
import { generateLibrary } from '../eval/generated-library';
import { benchPeerSpeed, categoryTop1SideBySide, scoredBlindCases } from '../bench/peer-bench';
import { defaultPack } from '../../packs/default-pack';
import { defaultWordingRules } from '../../risky-wording/default-rules';
import { trainDraftModels } from '../../risky-wording/check-draft-fully';
import { BUNDLED_DRAFT_CORPORA } from '../eval/bundled-draft-models';
import { timeOnce } from '../bench/timing';
import { benchProductMatch } from '../bench/product-bench';

const USAGE = `usage: npm run bench [-- --sizes 1000,10000,100000]
Measures the suggestion engine and the wording scanner in this process and prints a table, one
key=value line per figure, and last "bench ok" or "bench FAIL: <which>". Exits 0 either way.`;

const BUYER_THREADS = 300;
const DRAFTS = 300;
/** fuse.js over the whole library takes seconds a turn at 100k; these many turns per size. */
const BASELINE_TURNS: Readonly<Record<number, number>> = { 1000: 100, 10000: 40, 100000: 6 };

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000,100000' }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const sizes = values.sizes.split(',').map((size) => Number.parseInt(size, 10)).filter((size) => size > 0);
  const seed = libraryFromPacks([defaultPack()]).phrases;
  const threads = generateBuyerThreads(seed, BUYER_THREADS);
  const figures = new Map<string, number>();

  const libraries: LibraryFigures[] = [];
  for (const size of sizes) {
    console.log(`… measuring ${sizeLabel(size)} phrases`);
    const result = await benchLibrary(seed, size, threads, {
      suggestRounds: 5,
      buildRuns: size >= 100_000 ? 3 : 5,
      loadRuns: 7,
      baselineTurns: BASELINE_TURNS[size] ?? 20,
    });
    libraries.push(result);
    const label = sizeLabel(size);
    figures.set(`suggest_ms_p50_${label}`, result.suggestP50Ms);
    figures.set(`suggest_ms_p95_${label}`, result.suggestP95Ms);
    figures.set(`suggest_new_conversation_ms_p95_${label}`, result.newConversationP95Ms);
    figures.set(`fuse_baseline_ms_p50_${label}`, result.fuseBaselineP50Ms);
    figures.set(`suggest_speedup_${label}`, result.speedup);
    figures.set(`index_build_ms_${label}`, result.indexBuildMs);
    figures.set(`train_${label}_ms`, result.trainMs);
    figures.set(`index_load_ms_${label}`, result.indexLoadMs);
    figures.set(`heap_mb_${label}`, result.heapMb);
  }
  const [smallest, largest] = [libraries[0], libraries.at(-1)];
  if (smallest && largest && largest !== smallest) {
    // Linear cost would grow as much as the library; candidate selection grows far less.
    figures.set(`suggest_growth_${sizeLabel(smallest.phrases)}_to_${sizeLabel(largest.phrases)}`, largest.suggestP50Ms / smallest.suggestP50Ms);
  }

  // The weights a worker stores with the default pack's index.
  const defaultIndex = buildShippedLibraryIndex(libraryFromPacks([defaultPack()]));
  figures.set('model_kb', modelBytes(defaultIndex.topicModel) / 1024);

  // A well-known full-text library over the same libraries and threads, side by side.
  console.log('… measuring the peer (MiniSearch, CJK bigrams)');
  const peerRows: { size: number; buildMs: number; p50Ms: number; p95Ms: number }[] = [];
  for (const size of sizes) {
    const peer = benchPeerSpeed(generateLibrary(seed, size), threads, 3);
    peerRows.push({ size, ...peer });
    figures.set(`peer_minisearch_ms_p50_${sizeLabel(size)}`, peer.p50Ms);
    figures.set(`peer_minisearch_ms_p95_${sizeLabel(size)}`, peer.p95Ms);
  }
  const sideBySide = categoryTop1SideBySide(defaultIndex, seed, scoredBlindCases());
  figures.set('category_top1_scored_blind', sideBySide.ours);
  figures.set('peer_minisearch_category_top1_scored_blind', sideBySide.peer);

  console.log('… measuring product recognition');
  const productMatch = benchProductMatch(5_000, 1_000, 5);
  figures.set('product_match_us_5k', productMatch.matchMedianUs);
  figures.set('product_match_recognised_5k', productMatch.recognisedShare);

  console.log('… measuring the wording scanner');
  // First in this process: what a waking worker pays once, before its first full check.
  figures.set('full_check_warmup_ms', timeOnce(() => trainDraftModels(BUNDLED_DRAFT_CORPORA)));
  const wording = benchWordingSteadily(defaultWordingRules(), seed, DRAFTS, 7);
  figures.set('wording_us_p50', wording.wordingP50Us);
  figures.set('wording_naive_us_p50', wording.naiveP50Us);
  figures.set('wording_speedup', wording.speedup);
  figures.set('wording_full_us_p50', wording.fullP50Us);
  figures.set('wording_full_us_p95', wording.fullP95Us);

  console.log(
    `suggest: ${BUYER_THREADS} generated buyer threads, each timed 5× (its median counts) with its earlier turns read before, as live (a new buyer message in a conversation already answered); "new conv. p95": each thread once with nothing read before; libraries generated from the default pack's wording (seeded)`,
  );
  console.log(
    formatTable(
      ['phrases', 'build ms', 'train ms', 'load ms', 'stored MB', 'heap MB', 'built MB', 'suggest p50', 'p95', 'new conv. p95', 'fuse p50', 'fuse turns', 'speedup'],
      libraries.map((row) => [
        sizeLabel(row.phrases),
        formatFigure(row.indexBuildMs),
        formatFigure(row.trainMs),
        formatFigure(row.indexLoadMs),
        formatFigure(row.storedMb),
        formatFigure(row.heapMb),
        formatFigure(row.heapBuiltMb),
        formatFigure(row.suggestP50Ms),
        formatFigure(row.suggestP95Ms),
        formatFigure(row.newConversationP95Ms),
        formatFigure(row.fuseBaselineP50Ms),
        String(row.fuseBaselineTurns),
        `${formatFigure(row.speedup)}×`,
      ]),
    ),
  );
  console.log('');
  console.log(`peer: MiniSearch 7 over the same generated libraries (text and wordings, character-bigram tokenizer, wordings boosted ×2), same threads, 3× each`);
  const ourRow = (size: number): LibraryFigures | undefined => libraries.find((row) => row.phrases === size);
  console.log(
    formatTable(
      ['phrases', 'peer build ms', 'peer p50', 'peer p95', 'ours p50', 'ours p95'],
      peerRows.map((row) => [
        sizeLabel(row.size),
        formatFigure(row.buildMs),
        formatFigure(row.p50Ms),
        formatFigure(row.p95Ms),
        formatFigure(ourRow(row.size)?.suggestP50Ms ?? Number.NaN),
        formatFigure(ourRow(row.size)?.suggestP95Ms ?? Number.NaN),
      ]),
    ),
  );
  console.log(
    `category top-1 on the ${sideBySide.n} buyer turns of the blind batches already scored (default pack): ours ${formatFigure(sideBySide.ours)}, MiniSearch ${formatFigure(sideBySide.peer)}`,
  );
  console.log('');
  console.log(
    `products: ${productMatch.titles} decorated chat titles among ${productMatch.products} generated products (seeded), each timed 5×: median ${formatFigure(productMatch.matchMedianUs)} µs, ${formatFigure(productMatch.recognisedShare * 100)}% recognised as their own product`,
  );
  console.log('');
  console.log(`wording: ${wording.drafts} drafts of 200 characters against ${wording.terms} terms and ${wording.regexes} regexes (compiled in ${formatFigure(wording.compileMs)} ms)`);
  console.log(
    formatTable(
      ['scanner', 'p50 µs', 'p95 µs'],
      [
        ['checkWording', formatFigure(wording.wordingP50Us), formatFigure(wording.wordingP95Us)],
        ['naive (includes + every regex)', formatFigure(wording.naiveP50Us), '-'],
      ],
    ),
  );
  console.log('');
  for (const line of figureLines(figures)) console.log(line);
  console.log(verdictLine(figures, NODE_TARGETS));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  console.log(`bench FAIL: the bench itself failed (${error instanceof Error ? error.message : String(error)})`);
});
