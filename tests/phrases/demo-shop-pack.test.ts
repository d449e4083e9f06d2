import { describe, expect, it } from 'vitest';
import demoShopPackJson from '../../phrases/demo-shop-pack.json';
import { packSchema, type Pack } from '../../utils/schemas/pack';
import { productFactsIn } from '../../utils/schemas/phrase';
import { checkWording } from '../../utils/risky-wording/check-wording';
import { defaultCompiledWordingRules } from '../../utils/risky-wording/default-rules';

/**
 * The demo shop's pack: the catalogue the demo page, practice mode and the product measure run
 * on. Its products carry exactly the facts the shop keeps (a buyer asking about anything else
 * must get a holding reply), each product has its own answers, every fact has a general phrase
 * that answers from it, and every product topic has a holding reply.
 */

/** The catalogue: product name → the shop's fact names, in order; SKUs where it sells variants. */
type Entry = readonly [name: string, facts: string, skus?: readonly string[]];
const CATALOGUE: readonly Entry[] = [
  ['儿童316不锈钢保温杯 400ml', '材质 容量 保温时长 清洗方法 保修 适用年龄 发货地', ['樱花粉', '海洋蓝']],
  ['男士纯棉圆领短袖T恤', '材质 尺码 洗涤方法 缩水情况 发货地', ['M', 'L', 'XL', '2XL']],
  ['女款轻薄透气跑步鞋', '鞋面材质 尺码 鞋底 清洗方法 发货地', ['36', '37', '38', '39']],
  ['玻尿酸补水保湿面霜 50g', '规格 成分 适用肤质 使用方法 保质期 孕期使用'],
  ['每日坚果混合果仁 750g 30包', '规格 配料 保质期 储存方法 过敏提示 发货地'],
  ['明前西湖龙井绿茶 250g 罐装', '产地 等级 冲泡方法 保质期 储存方法 发货地'],
  ['多功能电煮锅 1.8L', '容量 功率 材质 使用方法 清洗方法 保修 包装清单'],
  ['滚筒洗衣机 10公斤 变频', '容量 尺寸 安装 保修 故障代码 配送'],
  ['5G智能手机 8+256G', '屏幕 电池 充电 保修 包装清单 网络'],
  ['27英寸4K显示器 IPS', '分辨率 接口 支架 保修 包装清单 兼容'],
  ['北欧实木双人床 1.8米', '材质 尺寸 安装 承重 保修 发货地'],
  ['婴儿纸尿裤 L码 54片', '规格 适用体重 材质 保质期 使用方法'],
  ['恒温淋浴花洒套装', '材质 安装 水压要求 保修 包装清单 清洗方法'],
  ['全价成猫粮 2kg', '配料 适用年龄 喂食量 保质期 储存方法 换粮方法'],
  ['无线蓝牙降噪耳机', '续航 蓝牙版本 兼容 充电 保修 包装清单'],
  ['可视空气炸锅 5L', '容量 功率 使用方法 清洗方法 保修 故障代码'],
  ['女士中长款白鸭绒羽绒服', '填充物 含绒量 尺码 洗涤方法 发货地', ['S', 'M', 'L', 'XL']],
  ['五常稻花香大米 5kg', '产地 规格 保质期 储存方法 煮饭方法 发货地'],
  ['氨基酸洁面乳 120g', '规格 成分 适用肤质 使用方法 保质期'],
  ['人体工学办公椅', '材质 尺寸 承重 安装 保修 调节方式'],
  ['自动集尘扫地机器人', '续航 使用方法 故障代码 保修 耗材 包装清单'],
  ['婴幼儿高铁米粉 250g', '配料 适用年龄 冲调方法 保质期 过敏提示'],
  ['车载磁吸手机支架', '材质 兼容 安装 包装清单'],
  ['全自动指纹智能门锁', '开锁方式 安装 电池 兼容门型 保修 故障代码'],
];

/** The product topics a buyer asks about; each needs a holding reply. */
const PRODUCT_TOPICS = ['product.material', 'product.size-fit', 'product.usage', 'product.care', 'product.compatibility', 'product.in-the-box', 'product.fault', 'product.shelf-life', 'product.safety', 'product.authenticity', 'product.variant-difference', 'after-sales.warranty', 'after-sales.installation'];

/** Words a shop may not use (Advertising Law) or an agent must never send. */
const BANNED_WORDS = ['最', '第一', '绝对', '100%有效', '国家级', '顶级', '微信', '好评返现', '根治', '治疗'];

const pack: Pack = packSchema.parse(demoShopPackJson);
const scoped = pack.phrases.filter((phrase) => phrase.products !== undefined);
const holding = pack.phrases.filter((phrase) => phrase.holding === true);
const general = pack.phrases.filter((phrase) => phrase.products === undefined && phrase.holding !== true);
const factNames = [...new Set(CATALOGUE.flatMap(([, facts]) => facts.split(' ')))];

describe('the demo shop pack', () => {
  it('is a valid format-3 pack with the id the demo page installs and removes', () => {
    const result = packSchema.safeParse(demoShopPackJson);
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 5), null, 2)).toBe(true);
    expect(pack).toMatchObject({ format: 3, id: 'demo-shop', language: 'zh-CN' });
  });

  it('has the catalogue\'s 24 products with exactly the facts the shop keeps, and its SKUs', () => {
    expect(pack.products.map((product) => [product.name, Object.keys(product.facts).join(' ')])).toEqual(CATALOGUE.map(([name, facts]) => [name, facts]));
    expect(pack.products.map((product) => product.skus.map((sku) => sku.name))).toEqual(CATALOGUE.map(([, , skus]) => skus ?? []));
  });

  it('overrides a fact per SKU only with a fact the product has (尺码 per size)', () => {
    const stray = pack.products.flatMap((product) => product.skus.flatMap((sku) => Object.keys(sku.facts).filter((name) => !(name in product.facts)).map((name) => `${product.name}/${sku.name}: ${name}`)));
    expect(stray).toEqual([]);
    const sized = pack.products.filter((product) => product.skus.some((sku) => '尺码' in sku.facts));
    expect(sized.map((product) => product.name)).toEqual(['男士纯棉圆领短袖T恤', '女款轻薄透气跑步鞋', '女士中长款白鸭绒羽绒服']);
  });

  it('gives every product keywords that recognise it in a chat title, and item ids to most', () => {
    expect(pack.products.filter((product) => product.keywords.length < 3).map((product) => product.name)).toEqual([]);
    expect(pack.products.filter((product) => product.ids.length > 0).length).toBe(24);
  });

  it('answers 3 to 6 questions per product in phrases scoped to it', () => {
    const counts = pack.products.map((product) => [product.name, scoped.filter((phrase) => phrase.products?.includes(product.name)).length] as const);
    expect(counts.filter(([, count]) => count < 3 || count > 6)).toEqual([]);
  });

  it('fills a scoped phrase only from facts its product has, so it is always suggestible', () => {
    const facts = new Map(pack.products.map((product) => [product.name, product.facts]));
    const missing = scoped.flatMap((phrase) => productFactsIn(phrase.text).filter((name) => phrase.products?.some((product) => !(name in (facts.get(product) ?? {})))).map((name) => `${phrase.id}: ${name}`));
    expect(missing).toEqual([]);
  });

  it('answers every fact the catalogue names with one or two general phrases', () => {
    const counts = factNames.map((name) => [name, general.filter((phrase) => productFactsIn(phrase.text).includes(name)).length] as const);
    expect(counts.filter(([, count]) => count < 1 || count > 2)).toEqual([]);
    // A general phrase reads only facts the catalogue has: nothing to fill, nothing to suggest.
    expect(general.flatMap((phrase) => productFactsIn(phrase.text)).filter((name) => !factNames.includes(name))).toEqual([]);
  });

  it('has a holding reply for every product topic, which never reads a fact', () => {
    expect(PRODUCT_TOPICS.filter((topic) => !holding.some((phrase) => phrase.topic === topic))).toEqual([]);
    expect(holding.filter((phrase) => productFactsIn(phrase.text).length > 0 || phrase.products !== undefined).map((phrase) => phrase.id)).toEqual([]);
  });

  it('gives a buyer asking about a fact the product lacks (a T恤\'s warranty) a holding reply that matches the question', () => {
    const tee = pack.products.find((product) => product.name === '男士纯棉圆领短袖T恤');
    expect(tee && '保修' in tee.facts).toBe(false);
    const warrantyHolding = holding.find((phrase) => phrase.topic === 'after-sales.warranty');
    expect(warrantyHolding?.triggers).toContain('保修多久');
  });

  it('lists at least 4 buyer wordings per phrase, none twice', () => {
    expect(pack.phrases.filter((phrase) => phrase.triggers.length < 4).map((phrase) => phrase.id)).toEqual([]);
    expect(pack.phrases.filter((phrase) => new Set(phrase.triggers).size !== phrase.triggers.length).map((phrase) => phrase.id)).toEqual([]);
  });

  it('never repeats a phrase text', () => {
    const texts = pack.phrases.map((phrase) => phrase.text);
    expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
  });

  it.each(BANNED_WORDS)('never claims what a platform forbids: no "%s" in a reply or a fact', (word) => {
    const texts = [...pack.phrases.map((phrase) => [phrase.id, phrase.text]), ...pack.products.flatMap((product) => Object.entries(product.facts).map(([name, value]) => [`${product.name}.${name}`, value]))];
    expect(texts.filter(([, text]) => text?.includes(word)).map(([where]) => where)).toEqual([]);
  });

  it('has no phrase the send guard would flag', () => {
    const rules = defaultCompiledWordingRules();
    expect(pack.phrases.filter((phrase) => checkWording(rules, phrase.text).length > 0).map((phrase) => phrase.id)).toEqual([]);
  });
});
