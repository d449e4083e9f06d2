import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { generateBuyerThreads } from '../../../utils/dev-tools/bench/buyer-threads';
import { FUSE_OPTIONS } from '../../../utils/engine/fuse-config';
import { fuseMayMatch } from '../../../utils/engine/fuse-bound';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { normalizeText } from '../../../utils/engine/normalize';
import { defaultPack } from '../../../utils/packs/default-pack';

const seed = libraryFromPacks([defaultPack()]).phrases;
const triggers = [...new Set(seed.flatMap((phrase) => phrase.triggers).map(normalizeText))].filter((text) => text !== '');
const messages = [
  ...new Set(generateBuyerThreads(seed, 40).flatMap((thread) => thread.messages.filter((m) => m.role === 'buyer').map((m) => normalizeText(m.text)))),
  // Longer than fuse.js's 32-character pieces, and one just over.
  '申请仅退款就是几点送到然后发票在哪里然后寄学校可以吗新年好客服还有版型怎么样另外哈喽有人吗而且靠谱吗',
  '能便宜点吗能便宜点吗能便宜点吗能便宜点吗能便宜点吗能便宜点吗能便',
].filter((text) => text !== '');

describe('fuseMayMatch: skipping fuse.js only where it could not have matched', () => {
  it('never rules out a trigger fuse.js does match', () => {
    let ruledOut = 0;
    const fuse = new Fuse(triggers, FUSE_OPTIONS);
    for (const message of messages) {
      const matched = new Set(fuse.search(message).map((result) => result.item));
      for (const trigger of triggers) {
        if (fuseMayMatch(message, trigger)) continue;
        ruledOut += 1;
        expect(matched.has(trigger), `"${message}" vs "${trigger}"`).toBe(false);
      }
    }
    // …and rules out most pairs, which is the point.
    expect(ruledOut).toBeGreaterThan(messages.length * triggers.length * 0.5);
  }, 30_000);

  it('keeps near-identical triggers (a changed particle) for fuse.js to score', () => {
    expect(fuseMayMatch('能便宜点不', '能便宜点吗')).toBe(true);
    expect(fuseMayMatch('你好', '等你好消息')).toBe(true);
    expect(fuseMayMatch('快递到哪了我都等了一个星期了怎么还没到', '在吗')).toBe(false);
  });
});
