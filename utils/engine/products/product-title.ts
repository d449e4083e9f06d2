import { bigramCode, codePointsOf } from '../gram-codes';

/**
 * Product titles as chat clients show them are decorated and cut: "【热卖】2024新款 不锈钢保温杯
 * 500ml 包邮…". One normal form for both sides of recognition (the pack's names and keywords, the
 * chat's title): full-width folded (NFKC), lower case, bracketed badges, shop slogans and years
 * dropped, punctuation and spaces gone. What is left is compared by character bigrams, so a
 * truncated title still shares most of a name's grams.
 */
export function normalizeProductTitle(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(BADGE, '')
    .replace(SLOGAN, '')
    .replace(YEAR, '')
    .replace(NOISE, '');
}

/**
 * 【热卖】, [现货], 〔新品〕 … — a badge in these brackets never names the product. Round brackets
 * are left: names keep their spec in them (保温杯（500ml）), and a slogan inside goes with SLOGAN.
 */
const BADGE = /[【\[〔「『][^】\]〕」』]{0,12}[】\]〕」』]/gu;
/** Words shops add to every title; none tells two products apart. */
const SLOGAN = /包邮|新款|新品|热卖|爆款|特价|现货|正品|官方|旗舰店|专柜|限时|促销|秒杀|清仓|同款|网红|顺丰|当天发|急速发货/gu;
/** A year stamped on a title (2024新款, 2025春季) is not part of the product's name. */
const YEAR = /(?<![0-9])20[0-9]{2}(?:年)?(?![0-9])/gu;
/** Punctuation, symbols, spaces, the truncation mark (…) and control characters. */
const NOISE = /[\p{P}\p{S}\p{Z}\p{C}\s]/gu;

/** The distinct bigram codes of a normalised title (gram-codes.ts), in order of first occurrence. */
export function titleGrams(normalized: string): number[] {
  const points = codePointsOf(normalized);
  const seen = new Set<number>();
  for (let i = 0; i + 1 < points.length; i += 1) seen.add(bigramCode(points[i] ?? 0, points[i + 1] ?? 0));
  return [...seen];
}

/**
 * A SKU as clients show it ("颜色分类：黑色；尺码：XL") and as a pack names it ("黑色 XL") meet
 * once the labels and punctuation are gone.
 */
export function normalizeSkuName(raw: string): string {
  return raw.normalize('NFKC').toLowerCase().replace(SKU_LABEL, '').replace(NOISE, '');
}

const SKU_LABEL = /颜色分类|颜色|尺码|尺寸|规格|型号|容量|套餐类型|套餐|分类|款式|口味|重量/gu;
