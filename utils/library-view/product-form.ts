import { firstErrorPerField } from '../console-sections/field-errors';
import { PRODUCT_PLATFORMS, productSchema, type Product } from '../schemas/product';
import { formatProductId } from './product-rows';

/** A fact as the form edits it: a name and a value, either possibly still empty. */
export interface FactRow {
  name: string;
  value: string;
}

/**
 * A product as the console's form holds it: keywords and item ids as text, one per line (or
 * `|`-separated, as the products sheet writes them), facts and SKUs as rows.
 */
export interface ProductForm {
  name: string;
  keywords: string;
  ids: string;
  facts: FactRow[];
  skus: { name: string; facts: FactRow[] }[];
}

export const PRODUCT_FIELDS = ['name', 'keywords', 'ids', 'facts', 'skus'] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];

export type ProductFormResult = { ok: true; product: Product } | { ok: false; errors: Partial<Record<ProductField, string>> };

const factRows = (facts: Readonly<Record<string, string>>): FactRow[] => Object.entries(facts).map(([name, value]) => ({ name, value }));

export function productToForm(product?: Product): ProductForm {
  return {
    name: product?.name ?? '',
    keywords: product?.keywords.join('\n') ?? '',
    ids: product?.ids.map(formatProductId).join('\n') ?? '',
    facts: product ? factRows(product.facts) : [],
    skus: product?.skus.map((sku) => ({ name: sku.name, facts: factRows(sku.facts) })) ?? [],
  };
}

function entries(text: string): string[] {
  return text
    .split(/[\n|]/u)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** `pdd:6524871930` (a full-width colon too, as Chinese keyboards type it). */
function parseIds(text: string): { ids: { platform: string; itemId: string }[] } | { error: string } {
  const ids: { platform: string; itemId: string }[] = [];
  for (const entry of entries(text)) {
    const match = /^([a-z]+)\s*[:：]\s*(\S+)$/iu.exec(entry);
    if (!match) {
      return {
        error: `"${entry}" 不是「平台:商品ID」，例如 "pdd:6524871930"；平台是 ${PRODUCT_PLATFORMS.join(' / ')} / "${entry}" is not platform:itemId, e.g. "pdd:6524871930"`,
      };
    }
    ids.push({ platform: (match[1] ?? '').toLowerCase(), itemId: match[2] ?? '' });
  }
  return { ids };
}

/** Rows with a name or a value; a fact named twice is refused (a record would keep only the last). */
function parseFacts(rows: readonly FactRow[]): { facts: Record<string, string> } | { error: string } {
  const facts: Record<string, string> = {};
  for (const row of rows) {
    const name = row.name.trim();
    if (name === '' && row.value.trim() === '') continue;
    if (Object.hasOwn(facts, name)) return { error: `参数 "${name}" 写了两次；每个参数只写一行 / fact "${name}" is given twice` };
    facts[name] = row.value;
  }
  return { facts };
}

/**
 * The form as a product, checked with the product format, each problem on its field (the
 * format's own message, which states the rule and gives an example). Nothing is saved here: the
 * draft then checks the whole pack with it (a name another product has, a scope …).
 */
export function formToProduct(form: ProductForm): ProductFormResult {
  const errors: Partial<Record<ProductField, string>> = {};
  const ids = parseIds(form.ids);
  if ('error' in ids) errors.ids = ids.error;
  const facts = parseFacts(form.facts);
  if ('error' in facts) errors.facts = facts.error;
  const skus: { name: string; facts: Record<string, string> }[] = [];
  const skuNames = new Set<string>();
  for (const sku of form.skus) {
    const name = sku.name.trim();
    const skuFacts = parseFacts(sku.facts);
    if ('error' in skuFacts) errors.skus ??= `SKU "${name}"：${skuFacts.error}`;
    else skus.push({ name, facts: skuFacts.facts });
    if (skuNames.has(name) && name !== '') errors.skus ??= `SKU "${name}" 重复；同一商品的 SKU 名称必须唯一，例如 "黑色 XL" / duplicate SKU "${name}"`;
    skuNames.add(name);
  }
  // Unchecked until the product format parses it (a platform may be misspelt).
  const input = {
    name: form.name,
    keywords: entries(form.keywords),
    ids: 'ids' in ids ? ids.ids : [],
    facts: 'facts' in facts ? facts.facts : {},
    skus,
  };
  const parsed = productSchema.safeParse(input);
  if (!parsed.success) {
    const found = firstErrorPerField<ProductField>(parsed.error.issues, (path) => productFieldOf(path), 'name');
    for (const field of PRODUCT_FIELDS) errors[field] ??= found[field];
  }
  if (Object.values(errors).some((message) => message !== undefined) || !parsed.success) return { ok: false, errors };
  return { ok: true, product: parsed.data };
}

function productFieldOf(path: readonly PropertyKey[]): ProductField | null {
  const [first] = path;
  return PRODUCT_FIELDS.find((field) => field === first) ?? null;
}
