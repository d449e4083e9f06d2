import { describe, expect, it } from 'vitest';
import { applyReplacement, planReplacement } from '../../../utils/guard/plan-replacement';

const OFF_PLATFORM = '有什么问题直接在这里跟我说就好，我们全程在平台内为您处理。';
const INVOICE = '亲，发票可以开的，您在订单里提交抬头和税号，我们开好后发给您。';

function replaced(draft: string, words: string, alternative: string): string {
  const start = draft.indexOf(words);
  return applyReplacement(draft, planReplacement(draft, { start, end: start + words.length }, alternative));
}

describe('替换 puts a whole safe sentence where the risky clause was', () => {
  it('replaces the clause holding the words, not just the words (no dangling 聊)', () => {
    expect(replaced('加我微信聊', '加我微信', OFF_PLATFORM)).toBe(OFF_PLATFORM);
  });

  it('keeps the clauses around it, and drops the sentence mark before the draft’s own comma', () => {
    expect(replaced('好的，加我微信聊，我发您图片', '加我微信', OFF_PLATFORM)).toBe(
      '好的，有什么问题直接在这里跟我说就好，我们全程在平台内为您处理，我发您图片',
    );
  });

  it('does not address the buyer twice: the agent’s 亲 stays, the alternative’s goes', () => {
    expect(replaced('亲，我们这边不开发票的', '不开发票', INVOICE)).toBe(
      '亲，发票可以开的，您在订单里提交抬头和税号，我们开好后发给您。',
    );
  });

  it('leaves the sentences before and after alone, the line break too', () => {
    expect(replaced('收到啦。 加我微信聊\n谢谢', '加我微信', OFF_PLATFORM)).toBe(`收到啦。 ${OFF_PLATFORM}\n谢谢`);
  });

  it('says where to select: the clause’s range in the original draft', () => {
    expect(planReplacement('好的，加我微信聊，谢谢', { start: 3, end: 7 }, OFF_PLATFORM)).toMatchObject({ start: 3, end: 8 });
  });
});
