import { buildShippedLibraryIndex } from '../../../utils/engine/shipped-library-index';
import { describe, expect, it } from 'vitest';
import { contentOf } from '../../../utils/engine/continuation';
import { buildLibraryIndex } from '../../../utils/engine/library-index';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { suggest } from '../../../utils/engine/suggest';
import { defaultPack } from '../../../utils/packs/default-pack';
import { chat } from './fixture-library';

/**
 * Chat noise: what buyers and clients add around a question does not change what it asks —
 * a trailing 谢谢 or 人呢, a product card the client put in the turn, anonymised values.
 */

const index = buildShippedLibraryIndex(libraryFromPacks([defaultPack()]));
const first = (...turns: string[]) => suggest(index, chat(...turns)).suggestions[0];

describe('chat noise around a question', () => {
  it('a trailing 谢谢 or 人呢 after a question does not make the turn a goodbye or a greeting', () => {
    expect(first('退款什么时候到 谢谢亲')?.category).toBe('after-sales');
    expect(first('什么时候发货 谢谢')?.category).toBe('shipping');
    expect(first('快递到哪了 人呢？？')?.category).toBe('shipping');
    // A leading 在吗 opens the question; it is not a complaint about waiting.
    expect(contentOf('在吗，这件卫衣还能再便宜点不？')).toBe('这件卫衣还能再便宜点不');
  });

  it('thanks on their own, or beside a closing word, still close the conversation', () => {
    expect(first('好的谢谢')?.category).toBe('farewell');
    expect(first('没了 谢谢')?.category).toBe('farewell');
    expect(first('谢谢亲 爱你❤️')?.category).toBe('farewell');
  });

  it('reads a product card the client inserted as context, not as the question', () => {
    expect(contentOf('[商品卡片: 加厚羽绒服男冬季清仓] 有L码吗')).toBe('有L码吗');
    expect(first('[商品卡片: 加厚羽绒服男冬季清仓] 有L码吗')?.topic).toMatch(/^product\.(?:stock|size-fit)$/);
  });

  it('treats anonymised values in any form as neutral', () => {
    expect(contentOf('订单号[订单x] 什么时候发')).toBe('订单号 什么时候发');
    expect(contentOf('我的手机<电话>收不到短信')).toBe('我的手机 收不到短信');
    expect(first('订单[订单2]什么时候发货')?.category).toBe('shipping');
  });

  it('a buyer asking for a person gets a greeting that says a person is here', () => {
    for (const line of ['我要人工客服', '转人工']) {
      const suggestion = first(line);
      expect(suggestion?.topic, line).toBe('greeting.human');
      expect(suggestion?.text, line).toMatch(/人工|真人/);
    }
  });
});
