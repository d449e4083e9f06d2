import { describe, expect, it } from 'vitest';
import { generateBuyerThreads } from '../../../../utils/dev-tools/bench/buyer-threads';
import { libraryFromPacks } from '../../../../utils/engine/library-from-packs';
import { defaultPack } from '../../../../utils/packs/default-pack';
import { threadSchema } from '../../../../utils/schemas/thread';

const seed = libraryFromPacks([defaultPack()]).phrases;

describe('the buyer threads the speed checks answer', () => {
  it('are the same threads on every run', () => {
    expect(generateBuyerThreads(seed, 100)).toEqual(generateBuyerThreads(seed, 100));
  });

  it('are threads a site adapter could have read, each ending with a buyer turn to answer', () => {
    for (const thread of generateBuyerThreads(seed, 200)) {
      expect(threadSchema.safeParse(thread).success).toBe(true);
      expect(thread.messages.at(-1)?.role).toBe('buyer');
    }
  });

  it('mix bare questions with context: agent replies, earlier turns and platform notices', () => {
    const threads = generateBuyerThreads(seed, 300);
    const roles = (role: string) => threads.filter((thread) => thread.messages.some((message) => message.role === role)).length;
    expect(threads.filter((thread) => thread.messages.length === 1).length).toBeGreaterThan(100);
    expect(roles('agent')).toBeGreaterThan(50);
    expect(roles('system')).toBeGreaterThan(10);
  });
});
