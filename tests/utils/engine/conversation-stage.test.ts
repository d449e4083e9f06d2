import { buildShippedLibraryIndex } from '../../../utils/engine/shipped-library-index';
import { describe, expect, it } from 'vitest';
import { buildLibraryIndex } from '../../../utils/engine/library-index';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { suggest } from '../../../utils/engine/suggest';
import { defaultPack } from '../../../utils/packs/default-pack';
import { packSchema } from '../../../utils/schemas/pack';
import type { Suggestion } from '../../../utils/schemas/suggestion';
import { chat, fixturePack } from './fixture-library';

const index = buildShippedLibraryIndex(libraryFromPacks([defaultPack()]));

function suggestionsFor(...turns: string[]): Suggestion[] {
  return suggest(index, chat(...turns), { limit: 5 }).suggestions;
}

const isApology = (text: string): boolean => /抱歉|对不起|不好意思|添麻烦/.test(text);

describe('the agent’s suggestions follow where the conversation stands', () => {
  it('after the buyer ordered, the first suggestion asks them to confirm the address', () => {
    const suggestions = suggestionsFor('这个有现货吗', 'agent:亲，有现货的，今天拍今天发', '好的 我拍了', 'system:买家已拍下');

    expect(suggestions[0]?.category).toBe('shipping');
    expect(suggestions[0]?.text).toMatch(/核对|确认/);
    expect(suggestions[0]?.text).toMatch(/地址|收货信息/);
  });

  it('when the order sits unpaid, a payment reminder comes first', () => {
    const suggestions = suggestionsFor('有现货吗', 'agent:亲，有现货的', '好', 'system:买家已拍下，待付款');

    expect(suggestions[0]?.category).toBe('urging-payment');
    expect(suggestions[0]?.text).toMatch(/还没付款|待付款/);
  });

  it('an unpaid order does not put the reminder before what the buyer plainly asks about paying', () => {
    const first = suggestionsFor('system:订单待付款', '付款一直失败 提示银行卡异常 咋办')[0]?.text ?? '';

    expect(first).toMatch(/失败|银行卡/);
    expect(first).not.toMatch(/合并付款|钱扣了/);
  });

  it('after a complaint, the after-sales reply opens with an apology before the solution', () => {
    const suggestions = suggestionsFor('东西收到就是坏的 太差了');
    const firstAfterSales = suggestions.find((suggestion) => suggestion.category === 'after-sales');

    expect(suggestions[0]?.category).toBe('after-sales');
    expect(isApology(firstAfterSales?.text ?? '')).toBe(true);
  });

  it('of the apologies, the one that answers the buyer’s words leads, not the first one of the library', () => {
    const mini = fixturePack('mini-pack');
    const breakage = (id: string, text: string, triggers: string[]) => ({ id, category: 'after-sales', text, triggers });
    const pack = packSchema.parse({
      ...mini,
      phrases: [
        ...mini.phrases.filter((phrase) => phrase.category !== 'after-sales'),
        // More apologies of the topic than places come first in the library.
        breakage('eggs', '亲，鸡蛋路上磕碎了真抱歉，按碎的个数给您退款～', ['鸡蛋碎了好几个', '蛋都碎了']),
        breakage('powder', '亲，粉饼路上震碎了真抱歉，给您补发一个新的～', ['粉饼碎了', '眼影碎成粉了']),
        breakage('glass', '亲，玻璃隔板碎了真抱歉，单独给您补发这一块～', ['玻璃碎了', '隔板裂了']),
        breakage('leak', '亲，漏液弄脏了别的东西真抱歉，一起拍给我处理～', ['漏液了', '洒了一箱子']),
        breakage('screen', '亲，收到碎的坏的实在抱歉！拍一下破损处和外箱，马上给您补发或退款～', ['屏幕碎了', '收到就碎了']),
        breakage('refund', '亲，退款审核通过后会原路退回～', ['退款多久到账']),
      ],
    });
    const miniIndex = buildLibraryIndex(libraryFromPacks([pack]));

    const first = suggest(miniIndex, chat('屏幕碎了！！快递摔的吧 这怎么处理'), { limit: 3 }).suggestions[0];

    expect(first?.phraseUid).toBe('mini-zh/screen');
  });

  it('a buyer chasing a late order gets their order looked into, not the dispatch policy', () => {
    const late = suggestionsFor('怎么还没发货 都5天了 说好48小时发货呢')[0]?.text ?? '';
    const asksFirst = suggestionsFor('还没发吧？地址能改成[地址1]吗')[0]?.text ?? '';

    expect(late).toMatch(/查一下|帮您查|催/);
    expect(late).not.toMatch(/48小时内/);
    // Asking before anything is late is not chasing: the address is changed.
    expect(asksFirst).toMatch(/改/);
    expect(asksFirst).not.toMatch(/催/);
  });

  it('does not apologise twice: once the agent said sorry, the solution may come first', () => {
    const firstTime = suggestionsFor('东西坏了');
    const afterSorry = suggestionsFor('东西坏了', 'agent:亲，非常抱歉给您添麻烦了', '东西坏了');

    expect(isApology(firstTime[0]?.text ?? '')).toBe(true);
    expect(afterSorry[0]?.category).toBe('after-sales');
    expect(isApology(afterSorry[0]?.text ?? '')).toBe(false);
  });

  it('the first reply of a conversation includes a greeting, after the answers to the question', () => {
    const suggestions = suggestionsFor('能开发票吗');

    expect(suggestions[0]?.category).toBe('invoice');
    expect(suggestions.slice(3).some((suggestion) => suggestion.category === 'greeting')).toBe(true);
  });

  it('later replies are not padded with a greeting', () => {
    const suggestions = suggestionsFor('这个是正品吗', 'agent:亲，保证正品', '能开发票吗');

    expect(suggestions.some((suggestion) => suggestion.category === 'greeting')).toBe(false);
  });

  it('thanks after a solved problem get a farewell', () => {
    const suggestions = suggestionsFor('收到的颜色不对', 'agent:亲，非常抱歉，马上给您换货，运费我们承担', '好的谢谢');

    expect(suggestions[0]?.category).toBe('farewell');
  });

  it('a message with two questions gets suggestions for both', () => {
    const categories = suggestionsFor('有现货吗 能便宜点吗').slice(0, 3).map((suggestion) => suggestion.category);

    expect(categories).toContain('product');
    expect(categories).toContain('bargaining');
  });
});
