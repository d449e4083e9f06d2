import { describe, expect, it } from 'vitest';
import shopPackJson from '../../../fixtures/eval/products/shop-pack.json';
import demoPackJson from '../../../../phrases/demo-shop-pack.json';
import { libraryFromPacks } from '../../../../utils/engine/library-from-packs';
import { buildShippedLibraryIndex } from '../../../../utils/engine/shipped-library-index';
import { suggest } from '../../../../utils/engine/suggest';
import { defaultPack } from '../../../../utils/packs/default-pack';
import { packSchema } from '../../../../utils/schemas/pack';
import { productFactsIn } from '../../../../utils/schemas/phrase';
import { gramText } from '../../../../utils/engine/gram-codes';
import { askedPairs, buyerGrams, factValueSaying, missesQuotedCodes, namesFact, quotedCodes, tellingPairsSaid } from '../../../../utils/engine/products/answer-fit';
import { normalizeText } from '../../../../utils/engine/normalize';

// The default pack's general fact phrases and holding replies beside a shop pack whose cup has
// 材质 (316不锈钢内胆) and 保修, and a warranty answer scoped to the cup.
const packs = [defaultPack(), packSchema.parse(shopPackJson)];
const index = buildShippedLibraryIndex(libraryFromPacks(packs));
const holding = new Set(packs.flatMap((pack) => pack.phrases.filter((phrase) => phrase.holding === true).map((phrase) => `${pack.id}/${phrase.id}`)));
const CUP = '【热卖】不锈钢保温杯500ml 大容量 包邮…';
const first = (turn: string) => suggest(index, { site: 'pinduoduo', messages: [{ role: 'buyer', text: turn }], product: { title: CUP } }).suggestions[0];

describe('choosing among the product\'s answers', () => {
  it('answers with the fact phrase whose filled value says what the buyer asks', () => {
    const answer = first('是什么材质 内胆是316的吗');
    expect(productFactsIn(answer?.text ?? '')).toEqual(['材质']);
  });

  it('puts the lead\'s scoped answer first when it answers the question as well as a general one', () => {
    expect(first('这个杯子保修多久')?.phraseUid).toBe('eval-shop/cup-warranty');
  });

  it('holds when the product\'s data answers another question than the one asked', () => {
    const answer = first('容量多大的 装得下一瓶矿泉水吗');
    expect(holding.has(answer?.phraseUid ?? '')).toBe(true);
  });
});

// The demo shop: 24 products with facts, scoped answers and the general fact phrases.
describe('choosing among the demo shop\'s answers for its products', () => {
  const demo = buildShippedLibraryIndex(libraryFromPacks([packSchema.parse(demoPackJson)]));
  const firstFor = (title: string, turn: string) => suggest(demo, { site: 'pinduoduo', messages: [{ role: 'buyer', text: turn }], product: { title } }).suggestions[0]?.phraseUid;

  it('takes the fact phrase whose filled value answers the question, though no trigger is worded so', () => {
    // 容量 says a whole chicken fits; 配料 lists 白砂糖 as not added; 过敏提示 names 花生; 等级 says 一级.
    expect(firstFor('可视空气炸锅 5L', '5升的能烤一整只鸡吗')).toBe('demo-shop/demo-fact-03');
    expect(firstFor('婴幼儿高铁米粉 250g', '里面加了白砂糖吗')).toBe('demo-shop/demo-fact-26');
    expect(firstFor('每日坚果混合果仁 750g 30包', '花生过敏的人能吃吗')).toBe('demo-shop/demo-fact-28');
    expect(firstFor('明前西湖龙井绿茶 250g 罐装', '是特级的还是一级的')).toBe('demo-shop/demo-fact-30');
  });

  it('takes the general fact phrase over a scoped answer about something else', () => {
    expect(firstFor('全自动指纹智能门锁', '能刷卡开吗还是只能指纹')).toBe('demo-shop/demo-fact-62');
    expect(firstFor('男士纯棉圆领短袖T恤', '可以放洗衣机洗吗')).toBe('demo-shop/demo-fact-13');
  });

  it('takes the scoped answer that writes the asked fact into its own reply when it is about the question', () => {
    // The pot's phrase on dormitory use writes the wattage and speaks to 宿舍.
    expect(firstFor('多功能电煮锅 1.8L', '功率多大 宿舍会不会跳闸')).toBe('demo-shop/demo-pot-01');
  });

  it('takes the plain fact phrase over a scoped answer that only ends with the fact after advice on another matter', () => {
    // The down coat's phrase is about how warm it is (含绒量, 填充物, then which winters it suits);
    // asked what the filling is, 填充物 answers most directly.
    expect(firstFor('女士中长款白鸭绒羽绒服', '是白鸭绒还是灰鸭绒')).toBe('demo-shop/demo-fact-56');
  });

  it('holds (facts card) when no fact phrase answers and the product\'s own phrase fits only in part', () => {
    // The earbuds' phrase on one side staying silent shares 声音 with the question, and nothing
    // in the shop's data says what the latency is: the shop checks.
    const result = suggest(demo, { site: 'pinduoduo', messages: [{ role: 'buyer', text: '看视频声音延迟吗' }], product: { title: '无线蓝牙降噪耳机' } });
    const demoHolding = new Set(packSchema.parse(demoPackJson).phrases.filter((phrase) => phrase.holding === true).map((phrase) => `demo-shop/${phrase.id}`));
    expect(demoHolding.has(result.suggestions[0]?.phraseUid ?? '')).toBe(true);
    expect(result.product?.showFacts).toBe(true);
  });

  it('explains a display code the buyer quotes from the product\'s code list, and holds (facts card) when the list lacks it', () => {
    const answerFor = (title: string, turn: string) => suggest(demo, { site: 'pinduoduo', messages: [{ role: 'buyer', text: turn }], product: { title } });
    const demoHolding = new Set(packSchema.parse(demoPackJson).phrases.filter((phrase) => phrase.holding === true).map((phrase) => `demo-shop/${phrase.id}`));
    // The washer's list has E21, the robot's E9, the fryer's E3.
    expect(answerFor('滚筒洗衣机 10公斤 变频', '面板上跳出来E21 排不了水').suggestions[0]?.phraseUid).toBe('demo-shop/demo-washer-01');
    expect(answerFor('自动集尘扫地机器人', '老是报错误9 什么情况').suggestions[0]?.phraseUid).toBe('demo-shop/demo-robot-01');
    expect(answerFor('可视空气炸锅 5L', '用着用着出了个E3').suggestions[0]?.phraseUid).toBe('demo-shop/demo-fryer-01');
    // E4, 错误7, E8 are on no list; the lock's list has words, no codes.
    for (const [title, turn] of [
      ['滚筒洗衣机 10公斤 变频', '面板上跳出来E4 是什么意思'],
      ['自动集尘扫地机器人', '老是报错误7 什么情况'],
      ['可视空气炸锅 5L', '用着用着出了个E8'],
      ['全自动指纹智能门锁', '面板上一直显示E2 按了没反应'],
    ] as const) {
      const result = answerFor(title, turn);
      expect(demoHolding.has(result.suggestions[0]?.phraseUid ?? ''), turn).toBe(true);
      expect(result.product?.showFacts, turn).toBe(true);
    }
  });

  it('between two phrases stating the same fact, takes the one whose own words say what the buyer asked, else the plainer', () => {
    // The demo pack has one phrase per fact; a lead's pack may well have two. Beside its plain
    // 保质期 phrase, one that adds 收到的都是近期生产的, which a buyer asking about the production
    // date wants to hear; asked only how long, the plain one.
    const pack = packSchema.parse(demoPackJson);
    const fresh = {
      id: 'fact-fresh',
      text: '亲，关于保质期：{商品.保质期}，收到的都是近期生产的～',
      category: 'product',
      topic: 'product.shelf-life',
      triggers: ['生产日期是啥时候', '是新鲜的吗', '日期新不新', '什么时候生产的'],
    };
    const twoWays = buildShippedLibraryIndex(libraryFromPacks([packSchema.parse({ ...demoPackJson, phrases: [...demoPackJson.phrases, fresh] })]));
    const firstOf = (title: string, turn: string) => suggest(twoWays, { site: 'pinduoduo', messages: [{ role: 'buyer', text: turn }], product: { title } }).suggestions[0]?.phraseUid;
    expect(pack.phrases.filter((phrase) => phrase.text.includes('{商品.保质期}') && phrase.products === undefined)).toHaveLength(1);
    expect(firstOf('婴幼儿高铁米粉 250g', '保质期多久是新生产的吗')).toBe('demo-shop/fact-fresh');
    expect(firstOf('氨基酸洁面乳 120g', '保质期多长发的是近期生产的吗')).toBe('demo-shop/fact-fresh');
    expect(firstOf('婴幼儿高铁米粉 250g', '保质期多久')).toBe('demo-shop/demo-fact-23');
    expect(firstOf('全价成猫粮 2kg', '能放多久')).toBe('demo-shop/demo-fact-23');
  });
});

describe('tellingPairsSaid', () => {
  const demo = buildShippedLibraryIndex(libraryFromPacks([packSchema.parse(demoPackJson)]));
  const buyer = (turn: string) => buyerGrams(turn, demo.triggerGrams);

  it('counts the buyer\'s word pairs a text says, leaving out pairs of question words and particles', () => {
    expect(tellingPairsSaid(buyer('是最近生产的吧'), '收到的都是近期生产的')).toBe(1);
    // 什么 and 的时 frame the question; they say nothing of the answer.
    expect(tellingPairsSaid(buyer('里面都有些什么'), '少了什么随时找我')).toBe(0);
    expect(tellingPairsSaid(buyer('装的时候要开孔吗'), '方便的时间')).toBe(0);
    expect(tellingPairsSaid(buyer('保质期多久'), '')).toBe(0);
  });
});

describe('a fact the buyer names as a word', () => {
  it('is named when its name ends the turn or is followed by a particle, a question word or punctuation', () => {
    expect(namesFact('锁里装的是什么电池', '电池')).toBe(true);
    expect(namesFact('电池能撑多久', '电池')).toBe(true);
    expect(namesFact('电池几节 装哪里', '电池')).toBe(true);
    expect(namesFact('含绒量多少', '含绒量')).toBe(true);
    expect(namesFact('问下保修,怎么算', '保修')).toBe(true);
  });

  it('is not named inside a longer word about something else, nor by a one-character name', () => {
    expect(namesFact('充电头送不送', '充电')).toBe(false);
    expect(namesFact('有充电线吗', '充电')).toBe(false);
    expect(namesFact('耳机盒子多重', '重')).toBe(false);
    expect(namesFact('电池耐用吗', '电池')).toBe(false);
  });
});

describe('a fact whose value says what the buyer asks', () => {
  const pairs = (content: string, terms: string[] = []) => askedPairs(content, terms).map(gramText);
  const LAMP = [
    { name: '材质', value: '灯罩亚克力，灯座铝合金' },
    { name: '光源', value: 'LED灯珠，三档色温可调' },
    { name: '保修', value: '灯座2年保修，灯珠1年' },
  ];

  it('reads the buyer\'s pairs of telling characters, without particles, question words or the product\'s own name', () => {
    expect(pairs('灯罩是亚克力的吗')).toEqual(['灯罩', '亚克', '克力']);
    expect(pairs('台灯灯罩几寸', ['护眼台灯'])).toEqual(['灯灯', '灯罩']);
  });

  it('is the one fact whose value alone says two of those pairs', () => {
    expect(factValueSaying(askedPairs('灯罩是亚克力的吗 摔了会碎不', []), LAMP)).toBe('材质');
    expect(factValueSaying(askedPairs('色温有三档吗 晚上看书用', []), LAMP)).toBe('光源');
  });

  it('is none when the pairs are also in another fact\'s value, or only one pair is said', () => {
    // 灯座 and 灯珠 are in two facts' values each: they tell neither apart.
    expect(factValueSaying(askedPairs('灯座灯珠坏了咋办', []), LAMP)).toBeUndefined();
    expect(factValueSaying(askedPairs('有铝的吗', []), LAMP)).toBeUndefined();
    expect(factValueSaying(askedPairs('能遥控开关吗', []), LAMP)).toBeUndefined();
  });
});

describe('display codes a buyer quotes', () => {
  const codes = (turn: string) => [...quotedCodes(normalizeText(turn))];

  it('are read as the letter and number, or after 错误 / 故障 / 报错 / 代码, leading zeros dropped', () => {
    expect(codes('屏幕显示E21 水排不出去')).toEqual([21]);
    expect(codes('一直报e05')).toEqual([5]);
    expect(codes('老是报错误7')).toEqual([7]);
    expect(codes('故障码3是啥')).toEqual([3]);
    expect(codes('E1和E2轮流跳')).toEqual([1, 2]);
  });

  it('are not read from words, sizes or prices', () => {
    expect(codes('能放得下10公斤被子吗')).toEqual([]);
    expect(codes('iphone15能用吗')).toEqual([]);
    expect(codes('多少钱 299包邮吗')).toEqual([]);
  });

  it('are explained only by an answer that writes one of them', () => {
    const list = normalizeText('E10进水超时、E21排水超时、E30门没关好');
    expect(missesQuotedCodes(new Set([21]), list)).toBe(false);
    expect(missesQuotedCodes(new Set([2]), list)).toBe(true);
    expect(missesQuotedCodes(new Set([1]), list)).toBe(true);
    expect(missesQuotedCodes(new Set(), list)).toBe(false);
  });
});
