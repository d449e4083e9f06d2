import { describe, expect, it } from 'vitest';
import { buildLibraryIndex } from '../../../utils/engine/library-index';
import { suggest } from '../../../utils/engine/suggest';
import { forgetContextReadings } from '../../../utils/engine/thread-context';
import { suggestResultSchema } from '../../../utils/schemas/suggestion';
import { chat, fixtureIndex } from './fixture-library';

const index = fixtureIndex('mini-pack');
const categoriesFor = (...turns: string[]): string[] => suggest(index, chat(...turns)).suggestions.map((s) => s.category);

describe('suggest: the agent sees replies for what the buyer just asked', () => {
  it('answers a short colloquial question with the matching category first', () => {
    expect(categoriesFor('能便宜点吗')[0]).toBe('bargaining');
    expect(categoriesFor('包油吗 新疆的')[0]).toBe('bargaining');
    expect(categoriesFor('kd到哪了')[0]).toBe('shipping');
    expect(categoriesFor('能开发漂吗')[0]).toBe('invoice');
    expect(categoriesFor('在？？')[0]).toBe('greeting');
    expect(categoriesFor('好的 谢谢')[0]).toBe('farewell');
  });

  it('recognises a question that repeats no trigger word for word', () => {
    // No trigger says 打折不; the bargaining triggers share 打折 with it.
    expect(categoriesFor('买两件打折不')[0]).toBe('bargaining');
    expect(categoriesFor('收到的杯子碎了一个')[0]).toBe('after-sales');
  });

  it('returns scores between 0 and 1, best first, with the trigger that matched', () => {
    const result = suggest(index, chat('能便宜点吗'));
    expect(suggestResultSchema.parse(result)).toEqual(result);
    const [first] = result.suggestions;
    expect(first?.reason).toEqual({ kind: 'trigger', matched: '能便宜点吗' });
    expect(first?.text).toContain('活动价');
    for (const suggestion of result.suggestions) {
      expect(suggestion.score).toBeGreaterThan(0);
      expect(suggestion.score).toBeLessThanOrEqual(1);
    }
    const bargaining = result.suggestions.filter((s) => s.category === 'bargaining').map((s) => s.score);
    expect(bargaining).toEqual([...bargaining].sort((a, b) => b - a));
  });

  it('shows both intents of a two-question message in the first three', () => {
    const top3 = categoriesFor('有现货吗 能便宜点吗').slice(0, 3);
    expect(top3).toEqual(expect.arrayContaining(['product', 'bargaining']));
  });

  it('covers different intents before offering a second phrase of one intent', () => {
    const top3 = categoriesFor('有现货吗 能便宜点吗 什么时候发货').slice(0, 3);
    expect(new Set(top3)).toEqual(new Set(['product', 'bargaining', 'shipping']));
  });

  it('keeps to the requested number of suggestions', () => {
    expect(suggest(index, chat('能便宜点吗'), { limit: 2 }).suggestions).toHaveLength(2);
    expect(suggest(index, chat('能便宜点吗')).suggestions.length).toBeLessThanOrEqual(5);
  });

  it('answers the last buyer turn, even when the agent already replied after it', () => {
    const result = suggest(index, chat('能开发票吗', 'agent:亲，可以开的'));
    expect(result.buyerTurn).toBe('能开发票吗');
    expect(result.suggestions[0]?.category).toBe('invoice');
  });
});

describe('suggest: reading the turn in its conversation', () => {
  it('after a "ordered, not paid" notice, a bare acknowledgement gets a payment reminder', () => {
    const result = suggest(index, chat('system:买家已拍下，待付款', '嗯嗯 知道了'));
    expect(result.suggestions[0]?.category).toBe('urging-payment');
    expect(result.suggestions[0]?.reason).toEqual({ kind: 'context', matched: '买家已拍下，待付款' });
  });

  it('after a "ordered, not paid" notice, putting off payment is a payment matter', () => {
    expect(categoriesFor('system:买家已拍下，待付款', '卡里钱不够 晚上再说')[0]).toBe('urging-payment');
  });

  it('"好的" continues the earlier topic instead of starting a goodbye', () => {
    expect(categoriesFor('我想改地址', 'agent:亲，麻烦提供一下新地址哦', '好的')[0]).toBe('shipping');
    expect(categoriesFor('能开发票吗', 'agent:可以的亲', '还有呢')[0]).toBe('invoice');
  });

  it('a new topic in the last turn wins over the earlier one', () => {
    expect(categoriesFor('这件有M码吗', 'agent:亲，M码有现货哦', '能开发票吗')[0]).toBe('invoice');
    expect(categoriesFor('发什么快递', 'agent:亲，默认发中通哦', '好的 谢谢')[0]).toBe('farewell');
  });

  it("reads a vague reply through the agent's last turn", () => {
    expect(categoriesFor('agent:亲，您拍下的宝贝还没付款哦，库存不多了', '嗯 晚点吧')[0]).toBe('urging-payment');
  });

  it('reads a conversation the same whether its earlier turns were read before (a new message in it) or not (a conversation just opened)', () => {
    const thread = chat('我想改地址', 'agent:亲，麻烦提供一下新地址哦', '好的');
    const fresh = suggest(index, thread);
    // Each earlier turn is read once per index; the second reading comes from that.
    expect(suggest(index, thread)).toEqual(fresh);
    forgetContextReadings(index);
    expect(suggest(index, thread)).toEqual(fresh);
  });

  it('a greeting steps back when the same turn asks something', () => {
    expect(categoriesFor('你好 我要退货')[0]).toBe('after-sales');
  });
});

describe('suggest: intent comes from the library, not from code', () => {
  it("a team pack's own category works with its own triggers", () => {
    const teamIndex = fixtureIndex('mini-pack', 'wholesale-pack');
    const first = suggest(teamIndex, chat('你们批发价多少')).suggestions[0];
    expect(first?.category).toBe('wholesale');
    expect(first?.packId).toBe('wholesale-team');
    expect(suggest(teamIndex, chat('支持一件代发不')).suggestions[0]?.category).toBe('wholesale');
    // The built-in categories keep working next to it.
    expect(suggest(teamIndex, chat('能开发票吗')).suggestions[0]?.category).toBe('invoice');
  });

  it('a library made only of a custom category still suggests from it', () => {
    const alone = fixtureIndex('wholesale-pack');
    expect(suggest(alone, chat('想大量采购 怎么拿货')).suggestions[0]?.category).toBe('wholesale');
  });
});

describe('suggest: edge cases the panel must survive', () => {
  it('an empty library gives no suggestions but still names the buyer turn', () => {
    const empty = buildLibraryIndex({ phrases: [], categories: [] });
    expect(suggest(empty, chat('在吗'))).toEqual({ buyerTurn: '在吗', suggestions: [] });
  });

  it('a thread without a buyer turn gives nothing to answer', () => {
    expect(suggest(index, chat('agent:亲，在的', 'system:买家已付款'))).toEqual({ buyerTurn: null, suggestions: [] });
    expect(suggest(index, { site: 'test', messages: [] })).toEqual({ buyerTurn: null, suggestions: [] });
  });

  it('a message with no words (only emoji) gives no wild guesses', () => {
    expect(suggest(index, chat('😂😂')).suggestions).toEqual([]);
  });

  it('prefers the phrase the agent uses most when two phrases fit equally', () => {
    const twins = buildLibraryIndex({
      categories: [],
      phrases: ['a', 'b'].map((id) => ({ id, uid: `team/${id}`, packId: 'team', category: 'bargaining', text: `满99包邮（${id}）`, triggers: ['包邮吗'], tags: [] })),
    });
    expect(suggest(twins, chat('包邮吗')).suggestions[0]?.phraseUid).toBe('team/a');
    expect(suggest(twins, chat('包邮吗'), { usage: { 'team/b': 12 } }).suggestions[0]?.phraseUid).toBe('team/b');
  });
});
