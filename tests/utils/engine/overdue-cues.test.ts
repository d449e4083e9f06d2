import { describe, expect, it } from 'vitest';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { quotesUsualTimingOnly, saysItIsOverdue } from '../../../utils/engine/overdue-cues';
import { buildShippedLibraryIndex } from '../../../utils/engine/shipped-library-index';
import { suggest } from '../../../utils/engine/suggest';
import { defaultPack } from '../../../utils/packs/default-pack';
import { chat } from './fixture-library';

const index = buildShippedLibraryIndex(libraryFromPacks([defaultPack()]));
const top = (...turns: string[]) => suggest(index, chat(...turns), { limit: 3 }).suggestions;

describe('a buyer who counts the days is not answered with the usual timings', () => {
  it('reads the time already waited, in digits, in words and without a count', () => {
    for (const turn of ['退款啥时候到账 都5天了', '钱呢 已经一个星期了', '快递等了两周了还没到', '好几天了还没动静', '等了半个月了', '这么久了还不发', '页面写15天 我都等20天了', '预售的 我这都第12天了', '说好25号前发 今天都28号了', '说好的月初发 现在都12月9日了']) {
      expect(saysItIsOverdue(turn), turn).toBe(true);
    }
    for (const turn of ['退款多久到账', '几天能到', '一般几天发货', '三天内能到吗', '保质期半年吗', '28号前能到吗', '等20天也行']) {
      expect(saysItIsOverdue(turn), turn).toBe(false);
    }
  });

  it('tells a phrase that quotes the usual timings from one that looks into the case', () => {
    expect(quotesUsualTimingOnly('亲，退款审核通过后原路退回，银行卡1-3个工作日到账。')).toBe(true);
    expect(quotesUsualTimingOnly('亲，付款后48小时内发货。')).toBe(true);
    expect(quotesUsualTimingOnly('亲，一般发货后3天左右到。')).toBe(true);
    expect(quotesUsualTimingOnly('亲，新单号一般要过几个小时才有物流信息。')).toBe(true);
    expect(quotesUsualTimingOnly('亲，我马上帮您查一下这笔退款现在走到哪一步了。')).toBe(false);
    expect(quotesUsualTimingOnly('亲，一般1-3个工作日到账，我这就帮您查一下这笔的进度。')).toBe(false);
    expect(quotesUsualTimingOnly('亲，这款是纯棉的。')).toBe(false);
  });

  it('puts a look into the refund first when the buyer says it is days late, and the usual timings when they only ask', () => {
    const late = top('退款什么时候到账 申请了都5天了')[0]?.text ?? '';
    expect(late).not.toBe('');
    expect(quotesUsualTimingOnly(late)).toBe(false);
    const asking = top('退款一般多久到账')[0]?.text ?? '';
    expect(quotesUsualTimingOnly(asking)).toBe(true);
  });
});
