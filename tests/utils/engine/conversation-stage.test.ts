import { buildShippedLibraryIndex } from '../../../utils/engine/shipped-library-index';
import { describe, expect, it } from 'vitest';
import { buildLibraryIndex } from '../../../utils/engine/library-index';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { suggest } from '../../../utils/engine/suggest';
import { defaultPack } from '../../../utils/packs/default-pack';
import type { Suggestion } from '../../../utils/schemas/suggestion';
import { chat } from './fixture-library';

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

  it('after a complaint, the after-sales reply opens with an apology before the solution', () => {
    const suggestions = suggestionsFor('东西收到就是坏的 太差了');
    const firstAfterSales = suggestions.find((suggestion) => suggestion.category === 'after-sales');

    expect(suggestions[0]?.category).toBe('after-sales');
    expect(isApology(firstAfterSales?.text ?? '')).toBe(true);
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
