import { buildProductIndex } from '../../engine/products/product-index';
import { recogniseProduct } from '../../engine/products/recognise-product';
import { productUid, type LibraryProduct, type ThreadProduct } from '../../schemas/product';
import { seededRandom, type SeededRandom } from './seeded-random';
import { median, timeEach } from './timing';

// A shop catalogue of `count` generated products (brand, material, kind, spec: many share
// every word but one, as real catalogues do) and chat titles made from them the way clients
// show them: badges, slogans, years, spaces, full-width digits, cut off with "…".

const BRANDS = ['安心', '优品', '净享', '小熊', '乐扣', '苏泊', '美的家', '悦居', '初木', '简屋', '暖阳', '蓝鲸', '森林', '青禾', '晨光', '佳宝'];
const MATERIALS = ['不锈钢', '纯棉', '陶瓷', '玻璃', '实木', '硅胶', '竹纤维', '羊毛', '真皮', '铝合金', '食品级', '加厚'];
const KINDS = ['保温杯', '电动牙刷', 'T恤', '毛巾', '收纳箱', '床单', '空气炸锅', '水壶', '枕头', '拖鞋', '餐具套装', '手机壳', '台灯', '背包', '雨伞', '袜子', '沙发垫', '奶瓶', '猫砂盆', '洗脸巾'];
const SPECS = ['500ml', '1L', '大号', '小号', '2件装', '3件套', '40cm', '60cm', 'S码', 'XL', '白色', '黑色', '升级款', '基础款', '儿童款', '男款', '女款', '家庭装'];
const BADGES = ['【热卖】', '【现货】', '[官方正品]', '（新品）', ''];
const SLOGANS = ['包邮', '2024新款', '爆款', '限时特价', '现货速发', ''];
const EXTRAS = ['大容量', '家用', '学生', '便携', '加厚款', '送礼', '高颜值', 'ins风'];

export interface ProductBench {
  /** Median µs to recognise one chat title among the catalogue. */
  matchMedianUs: number;
  /** Share of titles recognised as the product they were made from. */
  recognisedShare: number;
  products: number;
  titles: number;
}

export function benchProductMatch(count: number, titles: number, rounds: number): ProductBench {
  const random = seededRandom(20261206);
  const products = generateProducts(count, random);
  const index = buildProductIndex(products, []);
  const shown = Array.from({ length: titles }, () => {
    const position = random.below(products.length);
    return { position, product: { title: decoratedTitle(products[position]?.name ?? '', random) } satisfies ThreadProduct };
  });
  const times = timeEach(shown, ({ product }) => recogniseProduct(index, product, 'pinduoduo'), rounds);
  const recognised = shown.filter(({ position, product }) => recogniseProduct(index, product, 'pinduoduo')?.position === position).length;
  return { matchMedianUs: median(times) * 1000, recognisedShare: recognised / titles, products: count, titles };
}

function generateProducts(count: number, random: SeededRandom): LibraryProduct[] {
  const names = new Set<string>();
  const products: LibraryProduct[] = [];
  while (products.length < count) {
    const name = `${random.pick(BRANDS)}${random.pick(MATERIALS)}${random.pick(KINDS)} ${random.pick(SPECS)}${random.chance(0.5) ? ` ${random.pick(SPECS)}` : ''}${random.chance(0.3) ? ` ${products.length}` : ''}`;
    if (names.has(name)) continue;
    names.add(name);
    products.push({
      name,
      keywords: [],
      ids: [{ platform: 'pdd', itemId: String(600000 + products.length) }],
      facts: { 保修: '一年' },
      skus: [],
      uid: productUid('bench', name),
      packId: 'bench',
    });
  }
  return products;
}

/** A title as a chat client shows it: decorated, spaced, sometimes full-width, sometimes cut. */
function decoratedTitle(name: string, random: SeededRandom): string {
  let title = `${random.pick(BADGES)}${random.pick(SLOGANS)} ${name.replace(/ /g, random.chance(0.5) ? '' : ' ')} ${random.pick(EXTRAS)} ${random.pick(SLOGANS)}`;
  if (random.chance(0.3)) title = title.replace(/[0-9A-Za-z]/g, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0));
  if (random.chance(0.3)) title = `${title.slice(0, Math.max(8, title.length - 4))}…`;
  return title;
}
