import { describe, expect, it } from 'vitest';
import { acknowledgesDetails, asksForDetails, buyerGaveDetails } from '../../../utils/engine/details-given';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { buildShippedLibraryIndex } from '../../../utils/engine/shipped-library-index';
import { suggest } from '../../../utils/engine/suggest';
import { readThreadTurns } from '../../../utils/engine/thread-turns';
import { defaultPack } from '../../../utils/packs/default-pack';
import { chat } from './fixture-library';

const index = buildShippedLibraryIndex(libraryFromPacks([defaultPack()]));
const first = (...turns: string[]) => suggest(index, chat(...turns), { limit: 3 }).suggestions[0];

describe('a buyer who already sent their details is not asked for them again', () => {
  it('reads details in the buyer turn: anonymised values, numbers, or "sent" right after the agent asked', () => {
    expect(buyerGaveDetails(readThreadTurns(chat('地址写错了 改成[地址2]'))).any).toBe(true);
    // The public corpora's tags carry no number.
    expect(buyerGaveDetails(readThreadTurns(chat('收件人电话写错了 改成[电话x]'))).any).toBe(true);
    expect(buyerGaveDetails(readThreadTurns(chat('身高158体重105穿什么码'))).any).toBe(true);
    expect(buyerGaveDetails(readThreadTurns(chat('agent:亲，麻烦拍一下破损的照片发我', '拍了 你看下'))).any).toBe(true);
    expect(buyerGaveDetails(readThreadTurns(chat('拍了 你看下'))).any).toBe(false);
    expect(buyerGaveDetails(readThreadTurns(chat('地址写错了能改吗'))).any).toBe(false);
  });

  it('reads word that the pictures are sent, unasked, and not a question about sending them', () => {
    expect(buyerGaveDetails(readThreadTurns(chat('杯子碎了两个 图片发你了 怎么处理'))).any).toBe(true);
    expect(buyerGaveDetails(readThreadTurns(chat('烂了好几个 我拍照了 你们看着办'))).any).toBe(true);
    expect(buyerGaveDetails(readThreadTurns(chat('视频已经发过去了 看到没'))).any).toBe(true);
    for (const turn of ['水果烂了好几个 拍照给你们了 怎么赔', '杯子碎了 照片[链接1] 怎么办', '[链接x] 图片你看下 都裂了', '碎了 照片你看下']) {
      expect(buyerGaveDetails(readThreadTurns(chat(turn))).pictures).toBe(true);
    }
    expect(buyerGaveDetails(readThreadTurns(chat('收到碎了 拍照给你看'))).pictures).toBe(false);
    expect(buyerGaveDetails(readThreadTurns(chat('照片怎么发给你'))).any).toBe(false);
    expect(buyerGaveDetails(readThreadTurns(chat('能发视频吗'))).any).toBe(false);
  });

  it('answers broken goods whose pictures are sent with what happens next, not with a request for pictures', () => {
    for (const turn of ['收到的碗碎了两个 图片发你了 怎么处理', '杯子拆开就是碎的 照片我拍了']) {
      const suggestion = first(turn);
      expect(suggestion?.category).toBe('after-sales');
      expect(asksForDetails(suggestion?.text ?? '')).toBe(false);
    }
  });

  it('tells a phrase that asks for details from one that only invites more questions', () => {
    expect(asksForDetails('亲，麻烦把订单号发我一下，我帮您查一下物流。')).toBe(true);
    expect(asksForDetails('亲，麻烦告诉我您的身高、体重和平时穿的尺码～')).toBe(true);
    expect(asksForDetails('亲，新的收货信息收到了，我这就帮您去改，改好后请您核对一遍，有不对的随时告诉我。')).toBe(false);
    expect(asksForDetails('亲，有问题随时告诉我哦～')).toBe(false);
  });

  it('answers a new address with the change, not with a request for the address', () => {
    const suggestion = first('地址写错了 能改吗 改成[地址2]');
    expect(suggestion?.topic).toBe('shipping.address-change');
    expect(suggestion?.text).not.toMatch(/地址.{0,12}发(给)?我|把.{0,12}地址.{0,6}发/);
  });

  it('answers an order number with a look-up, not with a request for the order number', () => {
    const suggestion = first('在吗 我的单子[订单1]发了没');
    expect(suggestion?.category).toBe('shipping');
    expect(suggestion?.text).not.toMatch(/订单号.{0,6}发/);
  });
});

describe('a reply never says the buyer\'s details came in when the buyer sent none', () => {
  it('tells a reply that acknowledges details from one that only mentions receiving', () => {
    expect(acknowledgesDetails('亲，订单号收到啦，我马上帮您查这单的物流，稍等一下下～')).toBe('details');
    expect(acknowledgesDetails('亲，新的收货信息收到了，我这就帮您去改。')).toBe('details');
    expect(acknowledgesDetails('亲，照片看到了，真对不起让您收到这样的东西！')).toBe('pictures');
    expect(acknowledgesDetails('亲，收到后不满意可以在订单页申请退货。')).toBe('none');
    expect(acknowledgesDetails('亲，麻烦把订单号发我，收到了我马上查。')).toBe('none');
  });

  it('puts a look-up first, not "订单号收到啦", when the buyer gave no order number', () => {
    for (const turn of ['帮我查下物流到哪了', '单号查不到是怎么回事']) {
      const suggestions = suggest(index, chat(turn), { limit: 3 }).suggestions;
      expect(suggestions.some((suggestion) => acknowledgesDetails(suggestion.text) !== 'none')).toBe(false);
    }
  });

  it('still acknowledges the order number when the buyer sent it', () => {
    expect(acknowledgesDetails(first('单号[订单1] 帮我查下物流')?.text ?? '')).toBe('details');
  });
});

describe('the stage of the conversation leads with phrases of the topic asked about', () => {
  it('a broken cup gets a damage answer first, not the category’s first apology', () => {
    const suggestion = first('收到的杯子碎了 咋办');
    expect(suggestion?.topic).toBe('after-sales.damaged');
  });
});

describe('a reply says the pictures came in only when the buyer sent pictures', () => {
  it('reads a count of spoilt goods as details, not as pictures', () => {
    const given = buyerGaveDetails(readThreadTurns(chat('水果烂了好几个 一箱里面有[数字x]个是坏的 能赔吗')));
    expect(given).toEqual({ any: true, pictures: false });
    expect(buyerGaveDetails(readThreadTurns(chat('agent:亲，麻烦拍一下破损的照片发我', '拍了 你看下'))).pictures).toBe(true);
    expect(buyerGaveDetails(readThreadTurns(chat('agent:亲，麻烦把订单号发我一下', '发了'))).pictures).toBe(false);
  });

  it('does not open with "照片看到了" to a buyer who counted the spoilt goods but sent no picture', () => {
    for (const turn of ['水果烂了好几个 一箱里面有[数字x]个是坏的 能赔吗', '一箱12个烂了3个 怎么赔']) {
      const suggestions = suggest(index, chat(turn), { limit: 3 }).suggestions;
      expect(suggestions[0]?.category).toBe('after-sales');
      expect(acknowledgesDetails(suggestions[0]?.text ?? '')).not.toBe('pictures');
    }
  });
});
