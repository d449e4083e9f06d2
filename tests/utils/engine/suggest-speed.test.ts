import { describe, expect, it } from 'vitest';
import { buildLibraryIndex } from '../../../utils/engine/library-index';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { suggest } from '../../../utils/engine/suggest';
import { generateLibrary } from '../../../utils/dev-tools/eval/generated-library';
import { chat, fixturePack } from './fixture-library';

const MESSAGES = ['能便宜点吗', '在吗', '有现货吗 能便宜点吗', '收到杯子碎了 怎么弄', '发票还没收到啊 都半个月了', '好的谢谢'];

describe('suggest on a 10k-phrase library (speed is printed, not asserted: machines differ)', () => {
  it('answers every message, and reports its median time', () => {
    const seed = libraryFromPacks([fixturePack('mini-pack')]);
    const index = buildLibraryIndex({ phrases: [...seed.phrases, ...generateLibrary(seed.phrases, 10_000)], categories: [] });
    const times: number[] = [];
    for (let round = 0; round < 10; round += 1) {
      for (const message of MESSAGES) {
        const started = performance.now();
        const result = suggest(index, chat(message));
        times.push(performance.now() - started);
        expect(result.suggestions.length).toBeGreaterThan(0);
      }
    }
    times.sort((a, b) => a - b);
    console.log(`suggest on ${index.phrases.count} phrases: median ${times[times.length >> 1]?.toFixed(2)} ms, max ${times.at(-1)?.toFixed(2)} ms`);
  });
});
