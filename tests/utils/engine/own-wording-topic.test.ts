import { describe, expect, it } from 'vitest';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { buildShippedLibraryIndex } from '../../../utils/engine/shipped-library-index';
import { suggest } from '../../../utils/engine/suggest';
import { defaultPack } from '../../../utils/packs/default-pack';
import { chat } from './fixture-library';

const index = buildShippedLibraryIndex(libraryFromPacks([defaultPack()]));
const first = (...turns: string[]) => suggest(index, chat(...turns), { limit: 3 }).suggestions[0];

describe("a phrase whose own wording the buyer wrote is not lost to the rest of the message's topic", () => {
  it('仅退款行不行 beside a story about postage gets the refund-only reply, not a postage rule', () => {
    const suggestion = first('仅退款行不行啊 东西才二十几块 退回去光运费就要十几块 不划算');
    expect(suggestion?.text).toContain('仅退款');
  });

  it('where to find the e-invoice gets where to find it, not what formats it comes in', () => {
    const suggestion = first('电子发票在哪看啊 一直找不到');
    expect(suggestion?.category).toBe('invoice');
    expect(suggestion?.text).toMatch(/订单.*(查看|下载)/);
  });
});
