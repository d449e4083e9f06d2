import './utils/schemas/zod-jitless';
import { libraryFromPacks } from './utils/engine/library-from-packs';
import { buildShippedLibraryIndex } from './utils/engine/shipped-library-index';
import { defaultPack } from './utils/packs/default-pack';
import { generateLibrary } from './utils/dev-tools/eval/generated-library';
import { generateBuyerThreads } from './utils/dev-tools/bench/buyer-threads';
import { suggest } from './utils/engine/suggest';
import { timeEach, percentile } from './utils/dev-tools/bench/timing';
const seed = libraryFromPacks([defaultPack()]).phrases;
const size = Number(process.argv[2] ?? 100000);
const index = buildShippedLibraryIndex({ phrases: generateLibrary(seed, size), categories: [] });
const threads = generateBuyerThreads(seed, 300);
for (let r = 0; r < 2; r++) for (const t of threads) suggest(index, t);
const times = timeEach(threads, (t) => suggest(index, t), 5);
console.log('p50', percentile(times, 50).toFixed(2), 'p95', percentile(times, 95).toFixed(2));
const order = times.map((t, i) => [t, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 12);
for (const [t, i] of order) { const th = threads[i]!; console.log(t.toFixed(2), JSON.stringify(th.messages.filter((m) => m.role === 'buyer').at(-1)?.text), th.messages.length); }
if (process.argv[3] === 'loop') { const slow = order.slice(0, 15).map(([, i]) => threads[i]!); const t0 = performance.now(); for (let r = 0; r < 200; r++) for (const t of slow) suggest(index, t); console.log('loop ms', performance.now() - t0); }
