import { seededRandom, type SeededRandom } from '../bench/seeded-random';
import type { LibraryPhrase } from '../../schemas/phrase';

/**
 * What a big shop's library looks like: one set of replies per product line, the same intents
 * (问候, 议价, 发货 …) asked about each product. Product names are what makes a 100k library
 * differ from the default pack; everything else is the seed pack's own wording.
 */
export const PRODUCT_LINES: readonly string[] = Object.freeze([
  '保温杯', '玻璃杯', '马克杯', '电热水壶', '不粘锅', '砂锅', '菜刀', '砧板', '收纳盒', '衣架',
  '四件套', '乳胶枕', '蚕丝被', '凉席', '毛巾', '浴巾', '拖鞋', '地垫', '窗帘', '台灯',
  '连衣裙', '衬衫', '卫衣', '羽绒服', '牛仔裤', '运动鞋', '帆布鞋', '雪地靴', '双肩包', '行李箱',
  '蓝牙耳机', '充电宝', '数据线', '手机壳', '钢化膜', '机械键盘', '鼠标', '路由器', '智能手表', '电动牙刷',
  '面霜', '精华液', '防晒霜', '洗面奶', '口红', '洗发水', '沐浴露', '护手霜', '香水', '面膜',
  '坚果礼盒', '红枣', '枸杞', '龙井茶', '普洱茶', '蜂蜜', '挂面', '大米', '橄榄油', '牛肉干',
  '猫粮', '狗粮', '猫砂', '宠物窝', '婴儿车', '奶瓶', '纸尿裤', '积木', '绘本', '书包',
]);
const PRODUCT_DETAILS: readonly string[] = Object.freeze(['', '', '', '大号', '小号', '白色', '黑色', '礼盒装', '加厚款', '升级款', '家庭装', '2件套']);

/**
 * A large, deterministic library for speed checks: `count` phrases in the seed phrases'
 * categories, each about one product line. Texts are pieces of the category's own replies;
 * triggers are the category's buyer wordings, as written (libraries copy 在吗 into many
 * phrases), about a product ("这款保温杯能便宜点吗"), or two wordings run together. So gram
 * frequencies, shared wordings and the grams that tell categories apart look like a real team
 * library, not like random characters. The same seed gives the same library on every machine.
 */
/** How many base replies a generated library varies. */
const MODEL_POOL = 300;

export function generateLibrary(seedPhrases: readonly LibraryPhrase[], count: number, seed = 20261123): LibraryPhrase[] {
  const random = seededRandom(seed);
  // A team library varies a few hundred base replies: the models come from the first of them,
  // so buyer wordings repeat across phrases as they do in real libraries, whatever the seed's size.
  const withTriggers = seedPhrases.filter((phrase) => phrase.triggers.length > 0).slice(0, MODEL_POOL);
  if (withTriggers.length === 0) throw new Error('generateLibrary needs at least one seed phrase with a trigger');
  const byCategory = groupByCategory(withTriggers);

  const phrases: LibraryPhrase[] = [];
  for (let i = 0; i < count; i += 1) {
    const model = random.pick(withTriggers, 'seed phrases');
    const family = byCategory.get(model.category) ?? { texts: [model.text], triggers: model.triggers };
    const product = `${random.pick(PRODUCT_DETAILS)}${random.pick(PRODUCT_LINES)}`;
    const id = `gen-${String(i).padStart(6, '0')}`;
    const opening = piece(random, random.pick(family.texts), 6 + random.below(10));
    const closing = piece(random, random.pick(family.texts), 6 + random.below(10));
    phrases.push({
      id,
      uid: `generated/${id}`,
      packId: 'generated',
      category: model.category,
      text: random.chance(0.6) ? `${opening}这款${product}${closing}` : `${opening}${closing}`,
      triggers: Array.from({ length: 2 + random.below(5) }, () => generatedTrigger(random, family.triggers, product)),
      shortcut: `g${i.toString(36)}`,
      tags: random.chance(0.3) ? [product] : [],
    });
  }
  return phrases;
}

function generatedTrigger(random: SeededRandom, triggers: readonly string[], product: string): string {
  const trigger = random.pick(triggers, 'triggers');
  const roll = random.next();
  if (roll < 0.5) return trigger;
  if (roll < 0.8) return random.chance(0.5) ? `这款${product}${trigger}` : `${trigger} ${product}`;
  return `${piece(random, trigger, 2 + random.below(3))}${piece(random, random.pick(triggers, 'triggers'), 1 + random.below(3))}`;
}

function groupByCategory(phrases: readonly LibraryPhrase[]): Map<string, { texts: string[]; triggers: string[] }> {
  const groups = new Map<string, { texts: string[]; triggers: string[] }>();
  for (const phrase of phrases) {
    const group = groups.get(phrase.category) ?? { texts: [], triggers: [] };
    group.texts.push(phrase.text);
    group.triggers.push(...phrase.triggers);
    groups.set(phrase.category, group);
  }
  return groups;
}

/**
 * `length` characters of `text` from a random start (the whole text when it is shorter). A
 * placeholder ({店铺名}) counts as one character, so a piece never cuts one in half: every
 * generated phrase is one a pack may hold.
 */
function piece(random: SeededRandom, text: string, length: number): string {
  const chars = text.match(PIECE_UNITS) ?? [];
  const start = random.below(Math.max(1, chars.length - length));
  return chars.slice(start, start + length).join('');
}

const PIECE_UNITS = /\{[^{}]{1,20}\}|[\s\S]/gu;
