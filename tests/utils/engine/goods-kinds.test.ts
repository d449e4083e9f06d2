import { describe, expect, it } from 'vitest';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { kindsNamed, unrelatedKinds } from '../../../utils/engine/product-kinds';
import { buildShippedLibraryIndex } from '../../../utils/engine/shipped-library-index';
import { suggest } from '../../../utils/engine/suggest';
import { defaultPack } from '../../../utils/packs/default-pack';
import { chat } from './fixture-library';

const kinds = (text: string) => [...kindsNamed(text)].sort();

describe('the kinds of goods a text names', () => {
  it('reads personal-care appliances as appliances', () => {
    expect(kinds('吹风机用了两次就有焦味')).toEqual(['personal-care']);
    expect(kindsNamed('小家电都有一年保修').has('personal-care')).toBe(true);
  });

  it('reads the longest noun at each place', () => {
    expect(kinds('这个鞋柜能放几双鞋')).toEqual(['furniture', 'shoes']);
    expect(kinds('鞋柜多高')).toEqual(['furniture']);
    expect(kinds('羽绒被是几斤的')).toEqual(['bedding']);
    expect(kinds('羽绒服是几斤的')).toEqual(['apparel']);
  });

  it('reads a word for a group as every kind of the group', () => {
    expect(kindsNamed('大家电都送货入户').has('fridge')).toBe(true);
    expect(kindsNamed('大家电都送货入户').has('washer')).toBe(true);
    expect(kindsNamed('数码产品七天无理由').has('phone')).toBe(true);
  });

  it('does not count an appliance named as a means', () => {
    expect(kinds('能放洗碗机吗')).toEqual([]);
    expect(kinds('这个月饼要放冰箱吗')).toEqual(['food']);
    expect(kinds('毛衣可以用洗衣机洗吗')).toEqual(['apparel']);
    expect(kinds('冰箱放得下吗')).toEqual(['fridge']);
  });

  it('names nothing in a text about no goods in particular', () => {
    expect(kinds('亲，您的包裹已经发出了，请耐心等待～')).toEqual([]);
    // The buyer's phone number is not a phone.
    expect(kinds('请把新的收货人、手机号和详细地址发给我')).toEqual([]);
    expect(kinds('这个手机壳有黑色吗')).toEqual(['phone']);
    expect(kinds('这笔订单什么时候发货')).toEqual([]);
  });

  it('calls a reply unrelated only when both name goods and share none', () => {
    expect(unrelatedKinds(kindsNamed('纸尿裤按体重选码'), kindsNamed('羽绒服穿M还是L'))).toBe(true);
    expect(unrelatedKinds(kindsNamed('大家电和家具都是送货入户的'), kindsNamed('冰箱能送上6楼吗'))).toBe(false);
    expect(unrelatedKinds(kindsNamed('尺码表是平铺测量的'), kindsNamed('羽绒服穿M还是L'))).toBe(false);
    expect(unrelatedKinds(kindsNamed('纸尿裤按体重选码'), kindsNamed('穿M还是L'))).toBe(false);
  });
});

describe('suggestions for a conversation that names its goods', () => {
  const index = buildShippedLibraryIndex(libraryFromPacks([defaultPack()]));
  const top = (...turns: string[]) => suggest(index, chat(...turns), { limit: 3 }).suggestions.map((suggestion) => suggestion.text);

  it.each([
    ['我老公175 140斤 这件羽绒服拿XL还是XXL'],
    ['买的电饭煲 内胆涂层掉了一块 还能用吗'],
    ['冰箱宽度多少 我家柜子那里只留了60公分'],
    ['这个奶粉开罐以后能放多久'],
    ['沙发坐垫套子能不能拆下来洗'],
    ['耳机充一次电能听几个小时'],
    ['收到的洗衣机', '一脱水就咣咣响 声音特别大'],
  ])('"%s" gets no reply written about other goods', (...turns) => {
    const named = new Set(turns.flatMap((turn) => [...kindsNamed(turn)]));
    const texts = top(...turns);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(unrelatedKinds(kindsNamed(text), named), text).toBe(false);
  });

  it('a question that names no goods may still get replies about particular goods', () => {
    expect(top('M码适合多重的人穿').some((text) => kindsNamed(text).size > 0)).toBe(true);
  });

  it('a product question that names no goods gets a reply naming none before one that guesses the goods', () => {
    // The default pack answers 孕妇能用吗 for electric appliances (体脂秤、按摩仪…), for skin care,
    // and in general; nothing says what the item is, so the general caution comes first.
    const [first] = top('孕妇能用吗');
    expect(first).toBeDefined();
    expect([...kindsNamed(first ?? '')]).toEqual([]);
    // Once the buyer names the goods, the reply about them may lead again.
    expect(kindsNamed(top('这个按摩仪孕妇能用吗')[0] ?? '').has('personal-care')).toBe(true);
  });
});
