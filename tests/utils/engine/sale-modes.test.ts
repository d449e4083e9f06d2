import { describe, expect, it } from 'vitest';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { buildShippedLibraryIndex } from '../../../utils/engine/shipped-library-index';
import { suggest } from '../../../utils/engine/suggest';
import { defaultPack } from '../../../utils/packs/default-pack';
import { chat } from './fixture-library';

const index = buildShippedLibraryIndex(libraryFromPacks([defaultPack()]));
const texts = (...turns: string[]) => suggest(index, chat(...turns), { limit: 5 }).suggestions.map((suggestion) => suggestion.text);

describe('a reply for one way of selling is offered only when the conversation shows it', () => {
  it('answers a plain cancellation without presale or made-to-order replies', () => {
    for (const turn of ['不想要了 还没发货能取消吗', '刚付款就后悔了 能取消吗', '有其他颜色吗']) {
      for (const text of texts(turn)) expect(text).not.toMatch(/预售|定金|尾款|定制|定做/);
    }
  });

  it('offers the presale reply when the buyer speaks of the presale or its deposit', () => {
    expect(texts('预售的几号发啊').some((text) => text.includes('预售'))).toBe(true);
    expect(texts('付了定金 不想要了 定金能退吗').some((text) => /定金/.test(text))).toBe(true);
  });

  it('offers the made-to-order reply when the buyer asks for their own print', () => {
    expect(texts('能定制吗 印我们公司的logo').some((text) => text.includes('定制'))).toBe(true);
  });

  it('keeps live-stream replies to buyers who came from the live stream', () => {
    for (const text of texts('agent:还有其他可以帮您的吗', '没了')) expect(text).not.toContain('直播');
    expect(texts('直播间说的价格怎么和这里不一样').some((text) => text.includes('直播'))).toBe(true);
  });
});
