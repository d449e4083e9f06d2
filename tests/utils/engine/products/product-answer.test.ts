import { describe, expect, it } from 'vitest';
import shopPackJson from '../../../fixtures/eval/products/shop-pack.json';
import demoShopJson from '../../../../phrases/demo-shop-pack.json';
import { libraryFromPacks } from '../../../../utils/engine/library-from-packs';
import { buildShippedLibraryIndex } from '../../../../utils/engine/shipped-library-index';
import { suggest } from '../../../../utils/engine/suggest';
import { defaultPack } from '../../../../utils/packs/default-pack';
import { packSchema } from '../../../../utils/schemas/pack';
import { productFactsIn } from '../../../../utils/schemas/phrase';
import { suggestResultSchema } from '../../../../utils/schemas/suggestion';
import type { ThreadInput } from '../../../../utils/schemas/thread';

// The shipped default pack (general fact phrases, holding replies) beside a shop's own pack
// (two products, a warranty answer scoped to the cup), as an agent's library holds them.
const shop = packSchema.parse(shopPackJson);
const packs = [defaultPack(), shop];
const index = buildShippedLibraryIndex(libraryFromPacks(packs));
const withoutProducts = buildShippedLibraryIndex(libraryFromPacks([defaultPack()]));
// The same shop, whose lead wrote a holding reply of their own for warranty questions.
const SHOP_HOLDING = { id: 'warranty-check', text: '亲，这款的质保我去跟仓库确认下，马上回您～', category: 'after-sales', topic: 'after-sales.warranty', triggers: ['质保怎么算'], holding: true as const };
const withShopHolding = buildShippedLibraryIndex(libraryFromPacks([defaultPack(), packSchema.parse({ ...shopPackJson, phrases: [...shopPackJson.phrases, SHOP_HOLDING] })]));
const holding = new Set(packs.flatMap((pack) => pack.phrases.filter((phrase) => phrase.holding === true).map((phrase) => `${pack.id}/${phrase.id}`)));

const CUP = '【热卖】不锈钢保温杯500ml 大容量 包邮…';
const BRUSH = '儿童电动牙刷 软毛 2024新款';
const thread = (title: string | undefined, ...turns: string[]): ThreadInput => ({
  site: 'pinduoduo',
  messages: turns.map((text) => ({ role: 'buyer' as const, text })),
  ...(title === undefined ? {} : { product: { title } }),
});
const ask = (title: string | undefined, ...turns: string[]) => suggest(index, thread(title, ...turns) as Parameters<typeof suggest>[1]);

describe('suggest with the chat\'s product: its own answer first', () => {
  it('puts the phrase scoped to the product first when it matches the question', () => {
    const result = ask(CUP, '这个保修多久');
    expect(result.suggestions[0]?.phraseUid).toBe('eval-shop/cup-warranty');
    expect(result.product).toMatchObject({ uid: 'eval-shop/不锈钢保温杯 500ml', name: '不锈钢保温杯 500ml', showFacts: false });
    expect(suggestResultSchema.parse(result)).toEqual(result);
  });

  it('answers with a general fact phrase when the product has the fact', () => {
    const first = ask(BRUSH, '几岁能用').suggestions[0];
    expect(first?.phraseUid).toBe('default-zh/product-259');
    expect(productFactsIn(first?.text ?? '')).toEqual(['适用年龄']);
    expect(ask(CUP, '什么材质的').suggestions[0]?.phraseUid).toBe('default-zh/product-250');
  });

  it('never suggests a fact phrase whose fact the product lacks: a holding reply comes first and the facts card shows', () => {
    const result = ask(BRUSH, '这个保修多久');
    expect(holding.has(result.suggestions[0]?.phraseUid ?? '')).toBe(true);
    expect(result.product?.showFacts).toBe(true);
    expect(result.product?.facts).toEqual([
      { name: '材质', value: '食品级硅胶刷头' },
      { name: '适用年龄', value: '3-12岁' },
    ]);
    for (const suggestion of result.suggestions) expect(productFactsIn(suggestion.text)).not.toContain('保修');
  });

  it('shows the facts card whenever a holding reply leads a question about the product', () => {
    for (const turn of ['容量多大的', '盒子里都有什么', '是哪里生产的', '你们从哪里发货']) {
      const result = ask(BRUSH, turn);
      expect(holding.has(result.suggestions[0]?.phraseUid ?? ''), turn).toBe(true);
      expect(result.product?.showFacts, turn).toBe(true);
    }
  });

  it('never suggests a phrase scoped to another product', () => {
    for (const turn of ['这个保修多久', '杯子保修吗']) {
      expect(ask(BRUSH, turn).suggestions.map((suggestion) => suggestion.phraseUid)).not.toContain('eval-shop/cup-warranty');
      expect(ask(undefined, turn).suggestions.map((suggestion) => suggestion.phraseUid)).not.toContain('eval-shop/cup-warranty');
    }
  });

  it('switching back to the first product gives its answer again', () => {
    const cup = ask(CUP, '这个保修多久').suggestions[0]?.phraseUid;
    ask(BRUSH, '这个保修多久');
    expect(ask(CUP, '这个保修多久').suggestions[0]?.phraseUid).toBe(cup);
  });

  it('applies the SKU\'s facts when the chat shows one', () => {
    const result = suggest(index, { site: 'pinduoduo', messages: [{ role: 'buyer', text: '什么材质的' }], product: { title: CUP, sku: '颜色：黑色' } });
    expect(result.product?.sku).toBe('黑色');
    expect(result.product?.facts).toContainEqual({ name: '材质', value: '304不锈钢内胆' });
  });

  it('changes nothing for a question that is not about the product, an unknown product or no product', () => {
    const plain = (turn: string) => suggest(withoutProducts, thread(undefined, turn) as Parameters<typeof suggest>[1]).suggestions;
    for (const turn of ['能便宜点吗', '什么时候发货', '是正品吗']) {
      const withProduct = ask(CUP, turn);
      expect(withProduct.product?.showFacts).toBe(false);
      expect(withProduct.suggestions[0]?.phraseUid).toBe(plain(turn)[0]?.phraseUid);
    }
    for (const turn of ['这个保修多久', '什么材质', '几岁能用', '怎么清洗']) {
      const unknown = ask('蓝牙耳机 降噪 超长续航', turn);
      expect(unknown.product).toBeUndefined();
      expect(unknown.suggestions).toEqual(ask(undefined, turn).suggestions);
      // No product: no fact phrase at all, and the library ranks exactly as one without products.
      expect(unknown.suggestions.every((suggestion) => productFactsIn(suggestion.text).length === 0)).toBe(true);
      expect(unknown.suggestions.map((suggestion) => suggestion.phraseUid)).toEqual(plain(turn).map((suggestion) => suggestion.phraseUid));
    }
  });

  it('takes the holding reply from the product\'s own pack when the shop wrote one for the topic', () => {
    for (const turn of ['这个保修多久', '坏了能修吗 保修几年']) {
      const result = suggest(withShopHolding, thread(BRUSH, turn) as Parameters<typeof suggest>[1]);
      expect(result.suggestions[0]?.phraseUid, turn).toBe('eval-shop/warranty-check');
      expect(result.product?.showFacts, turn).toBe(true);
    }
    // Without the shop's own, the default pack's honest one: it checks, it promises no warranty.
    const first = ask(BRUSH, '这个保修多久').suggestions[0];
    expect(first?.phraseUid).toBe('default-zh/after-sales-358');
    expect(first?.text).not.toMatch(/支持保修|免费维修/u);
  });

  it('answers a fact question no buyer wording foresaw when the product\'s own fact answers it outright', () => {
    // No trigger says 内胆是316的吗; the cup's 材质 (316不锈钢内胆) filled into the material phrase does.
    expect(ask(CUP, '里面内胆是316的吗').suggestions[0]?.phraseUid).toBe('default-zh/product-250');
    expect(ask(BRUSH, '刷头是硅胶的吗').suggestions[0]?.phraseUid).toBe('default-zh/product-250');
  });

  it('puts a holding reply first, not a product answer that only its topic brought up', () => {
    // The demo shop alone: a fact phrase about washing would rank first for 口袋有拉链吗 on the
    // strength of its clothing topic, though no wording asks it and its text says nothing of
    // pockets; the agent gets a holding reply and the jacket's facts card instead.
    const demo = buildShippedLibraryIndex(libraryFromPacks([packSchema.parse(demoShopJson)]));
    const demoHolding = new Set(demoShopJson.phrases.filter((phrase) => 'holding' in phrase && phrase.holding === true).map((phrase) => `demo-shop/${phrase.id}`));
    const jacket = (turn: string) => suggest(demo, thread('女士中长款白鸭绒羽绒服 黑色 M', turn) as Parameters<typeof suggest>[1]);
    for (const turn of ['口袋有拉链吗', '袖口有没有防风设计']) {
      const result = jacket(turn);
      expect(demoHolding.has(result.suggestions[0]?.phraseUid ?? ''), turn).toBe(true);
      expect(result.product?.showFacts, turn).toBe(true);
    }
    // A question its facts do answer still gets the fact phrase.
    expect(productFactsIn(jacket('含绒量多少').suggestions[0]?.text ?? '')).toContain('含绒量');
  });

  it('puts the phrase the lead scoped to the product first when it writes the same fact as the general phrase', () => {
    const demo = buildShippedLibraryIndex(libraryFromPacks([packSchema.parse(demoShopJson)]));
    const first = (title: string, turn: string) => suggest(demo, thread(title, turn) as Parameters<typeof suggest>[1]).suggestions[0];
    // Both answer from the mount's 兼容 fact; the mount's own phrase also asks for a photo of the vent.
    const mount = first('车载磁吸手机支架 出风口款', '苹果13带着壳吸得牢吗');
    expect(mount?.phraseUid).toBe('demo-shop/demo-mount-01');
    expect(productFactsIn(mount?.text ?? '')).toContain('兼容');
    // Both write the bed's 尺寸; the bed's own phrase opens with which mattress fits, so it leads
    // for the mattress and the plain size phrase for the bed's own size.
    expect(first('北欧实木双人床 1.8米', '配多大的床垫')?.phraseUid).toBe('demo-shop/demo-bed-04');
    expect(first('北欧实木双人床 1.8米', '整床外面多长多宽房间小')?.phraseUid).toBe('demo-shop/demo-fact-35');
    // A fact no phrase of the product writes still gets the general fact phrase.
    expect(productFactsIn(first('无线蓝牙降噪耳机', '续航多久')?.text ?? '')).toEqual(['续航']);
  });

  it('puts the fact phrase first over a phrase scoped to the product that ends with the fact after advice on another matter', () => {
    const demo = buildShippedLibraryIndex(libraryFromPacks([packSchema.parse(demoShopJson)]));
    const first = (title: string, turn: string) => suggest(demo, thread(title, turn) as Parameters<typeof suggest>[1]).suggestions[0]?.phraseUid;
    // The cup's phrase on scalding a child ends with its keep-warm hours; the keep-warm phrase answers.
    expect(first('儿童316不锈钢保温杯 400ml', '早上装的热水到中午还是温的吗')).toBe('demo-shop/demo-fact-04');
    // The cup's phrase still answers the scalding it was written for.
    expect(first('儿童316不锈钢保温杯 400ml', '装开水孩子喝会不会太烫')).toBe('demo-shop/demo-cup-04');
  });

  it('puts the fact phrase first over a phrase scoped to the product about another matter, unless that one fits better', () => {
    const demo = buildShippedLibraryIndex(libraryFromPacks([packSchema.parse(demoShopJson)]));
    const first = (title: string, turn: string) => suggest(demo, thread(title, turn) as Parameters<typeof suggest>[1]).suggestions[0];
    // The phone's own phrase about heat and the lock's about a flat battery mention the battery;
    // the question asks what the battery is, which the 电池 fact says.
    expect(productFactsIn(first('5G智能手机 8+256G 黑色', '电池多少毫安')?.text ?? '')).toEqual(['电池']);
    expect(productFactsIn(first('全自动指纹智能门锁', '用什么电池')?.text ?? '')).toEqual(['电池']);
    // Asked about their own matter, the scoped phrases still lead.
    expect(first('5G智能手机 8+256G 黑色', '手机发烫正常吗')?.phraseUid).toBe('demo-shop/demo-phone-03');
    expect(first('全自动指纹智能门锁', '没电了怎么开门')?.phraseUid).toBe('demo-shop/demo-lock-02');
  });

  it('answers the fact the buyer names as a word, though a phrase scoped to the product about a neighbouring matter fits the rest of the turn better', () => {
    const demo = buildShippedLibraryIndex(libraryFromPacks([packSchema.parse(demoShopJson)]));
    const first = (title: string, turn: string) => suggest(demo, thread(title, turn) as Parameters<typeof suggest>[1]).suggestions[0];
    // The lock's own phrase about a flat battery fits "没电的时候…", but the buyer named the 电池 fact.
    expect(productFactsIn(first('全自动指纹智能门锁', '门锁装的电池是哪种 没电的时候人在外面进得去吗')?.text ?? '')).toEqual(['电池']);
    // Without naming it, the lock's own phrase still leads.
    expect(first('全自动指纹智能门锁', '没电的时候人在外面进得去吗')?.phraseUid).toBe('demo-shop/demo-lock-02');
    // 充电 inside 充电头 names no fact: the phone's 充电 fact phrase does not answer it.
    expect(productFactsIn(first('5G智能手机 8+256G 黑色', '充电头送不送')?.text ?? '')).not.toEqual(['充电']);
  });

  it('answers a named fact with the phrase stating it plainly, not a scoped phrase that writes it among other facts', () => {
    const demo = buildShippedLibraryIndex(libraryFromPacks([packSchema.parse(demoShopJson)]));
    const first = (title: string, turn: string) => suggest(demo, thread(title, turn) as Parameters<typeof suggest>[1]).suggestions[0];
    // The coat's phrase on warmth writes 含绒量 and 填充物; asked only the 含绒量, the plain 含绒量 phrase answers.
    expect(productFactsIn(first('女士中长款白鸭绒羽绒服 黑色', '含绒量是几成的')?.text ?? '')).toEqual(['含绒量']);
    // Asked whether it is warm, which no fact names, the coat's own phrase still leads.
    expect(first('女士中长款白鸭绒羽绒服 黑色', '去哈尔滨过年穿这件暖和吗')?.phraseUid).toBe('demo-shop/demo-down-03');
  });

  it('answers from the fact whose value alone says what the buyer asks, where a holding reply would have led', () => {
    const demo = buildShippedLibraryIndex(libraryFromPacks([packSchema.parse(demoShopJson)]));
    const ask = (title: string, turn: string) => suggest(demo, thread(title, turn) as Parameters<typeof suggest>[1]);
    // No wording asks about the chair's wheels, but its 材质 says 静音轮 and no other fact does.
    const wheels = ask('人体工学办公椅', '静音轮在木地板上响不响');
    expect(productFactsIn(wheels.suggestions[0]?.text ?? '')).toEqual(['材质']);
    expect(wheels.product?.showFacts).toBe(false);
  });
});

