import { describe, expect, it } from 'vitest';
import { hasUnfilledPlaceholder, unfilledPlaceholdersIn } from '../../../utils/placeholders/unfilled-placeholders';

describe('a draft still holding a placeholder must not go out', () => {
  it('finds the library placeholders left in a draft, each once', () => {
    expect(unfilledPlaceholdersIn('亲，预计{日期}到仓，订单{订单号}，{日期}前发出')).toEqual(['日期', '订单号']);
    expect(hasUnfilledPlaceholder('欢迎光临{店铺名}')).toBe(true);
  });

  it('leaves a finished draft and other braces alone', () => {
    expect(hasUnfilledPlaceholder('亲，预计周五到仓')).toBe(false);
    expect(hasUnfilledPlaceholder('好的{笑}')).toBe(false);
    expect(hasUnfilledPlaceholder('{ 日期 }')).toBe(false);
  });
});
