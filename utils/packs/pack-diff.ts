import { z } from 'zod';
import { categorySchema } from '../schemas/category';
import type { Pack } from '../schemas/pack';
import type { PackPhrase } from '../schemas/phrase';
import type { Product } from '../schemas/product';
import type { WordingRule } from '../schemas/risky-wording-rule';

export const phraseSummarySchema = z.object({ id: z.string(), category: z.string(), text: z.string() });
export type PhraseSummary = z.infer<typeof phraseSummarySchema>;

/** One field of a phrase that differs between the installed version and the file; lists shown joined by " | ". */
export const fieldChangeSchema = z.object({
  field: z.enum(['text', 'category', 'triggers', 'shortcut', 'tags', 'locked', 'products', 'holding']),
  before: z.string(),
  after: z.string(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/**
 * One difference of a product between the installed version and the file: its keywords or ids
 * (joined by " | "), one fact (`name` is the fact's), or one SKU (`name` is the SKU's; its facts
 * shown as "容量=750ml; 颜色=黑"). '' before: added; '' after: removed.
 */
export const productChangeSchema = z.object({
  field: z.enum(['keywords', 'ids', 'fact', 'sku']),
  name: z.string().optional(),
  before: z.string(),
  after: z.string(),
});
export type ProductChange = z.infer<typeof productChangeSchema>;

export const productSummarySchema = z.object({ name: z.string(), factCount: z.number().int(), skuCount: z.number().int() });
export type ProductSummary = z.infer<typeof productSummarySchema>;

/** Products (format 3) added, changed (which facts, SKUs), removed, by name. */
export const productDiffSchema = z.object({
  added: z.array(productSummarySchema),
  changed: z.array(productSummarySchema.extend({ changes: z.array(productChangeSchema) })),
  unchanged: z.number().int(),
  removed: z.array(productSummarySchema),
});
export type ProductDiff = z.infer<typeof productDiffSchema>;

export const packDiffSchema = z.object({
  added: z.array(phraseSummarySchema),
  changed: z.array(phraseSummarySchema.extend({ changes: z.array(fieldChangeSchema) })),
  unchanged: z.number().int(),
  /** In the installed version, not in this one: removed when the import is confirmed. */
  removed: z.array(phraseSummarySchema),
  categories: z.object({ added: z.array(categorySchema), removed: z.array(z.string()) }),
  rules: z.object({ added: z.array(z.string()), changed: z.array(z.string()), removed: z.array(z.string()) }),
  products: productDiffSchema,
});
export type PackDiff = z.infer<typeof packDiffSchema>;

/** What installing `incoming` over `installed` (undefined: a first install) changes, phrase by phrase. */
export function diffPacks(installed: Pack | undefined, incoming: Pack): PackDiff {
  const before = new Map((installed?.phrases ?? []).map((phrase) => [phrase.id, phrase]));
  const lockedBefore = new Set(installed?.locked.phrases ?? []);
  const lockedAfter = new Set(incoming.locked.phrases);
  const added: PhraseSummary[] = [];
  const changed: PackDiff['changed'] = [];
  let unchanged = 0;
  for (const phrase of incoming.phrases) {
    const old = before.get(phrase.id);
    if (!old) {
      added.push(summary(phrase));
      continue;
    }
    const changes = phraseChanges(old, phrase);
    if (lockedBefore.has(phrase.id) !== lockedAfter.has(phrase.id)) {
      changes.push({ field: 'locked', before: String(lockedBefore.has(phrase.id)), after: String(lockedAfter.has(phrase.id)) });
    }
    if (changes.length === 0) unchanged += 1;
    else changed.push({ ...summary(phrase), changes });
  }
  const incomingIds = new Set(incoming.phrases.map((phrase) => phrase.id));
  const removed = (installed?.phrases ?? []).filter((phrase) => !incomingIds.has(phrase.id)).map(summary);

  const categoriesBefore = new Set((installed?.categories ?? []).map((category) => category.id));
  const categoriesAfter = new Set(incoming.categories.map((category) => category.id));
  return {
    added,
    changed,
    unchanged,
    removed,
    categories: {
      added: incoming.categories.filter((category) => !categoriesBefore.has(category.id)),
      removed: [...categoriesBefore].filter((id) => !categoriesAfter.has(id)),
    },
    rules: diffRules(installed?.rules ?? [], incoming.rules),
    products: diffProducts(installed?.products ?? [], incoming.products),
  };
}

/** Product by product, by name: a renamed product is one removed and one added. */
export function diffProducts(before: readonly Product[], after: readonly Product[]): ProductDiff {
  const old = new Map(before.map((product) => [product.name, product]));
  const names = new Set(after.map((product) => product.name));
  const diff: ProductDiff = { added: [], changed: [], unchanged: 0, removed: before.filter((product) => !names.has(product.name)).map(productSummary) };
  for (const product of after) {
    const previous = old.get(product.name);
    if (!previous) {
      diff.added.push(productSummary(product));
      continue;
    }
    const changes = productChanges(previous, product);
    if (changes.length === 0) diff.unchanged += 1;
    else diff.changed.push({ ...productSummary(product), changes });
  }
  return diff;
}

function productSummary(product: Product): ProductSummary {
  return { name: product.name, factCount: Object.keys(product.facts).length, skuCount: product.skus.length };
}

/** A SKU's facts as one line: 容量=750ml; 颜色=黑. */
export function factsLine(facts: Readonly<Record<string, string>>): string {
  return Object.entries(facts)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
}

function productChanges(old: Product, next: Product): ProductChange[] {
  const changes: ProductChange[] = [];
  const compare = (field: ProductChange['field'], before: string, after: string, name?: string) => {
    if (before !== after) changes.push({ field, ...(name === undefined ? {} : { name }), before, after });
  };
  compare('keywords', old.keywords.join(LIST_JOIN), next.keywords.join(LIST_JOIN));
  compare('ids', old.ids.map((ref) => `${ref.platform}:${ref.itemId}`).join(LIST_JOIN), next.ids.map((ref) => `${ref.platform}:${ref.itemId}`).join(LIST_JOIN));
  for (const name of new Set([...Object.keys(old.facts), ...Object.keys(next.facts)])) compare('fact', old.facts[name] ?? '', next.facts[name] ?? '', name);
  const oldSkus = new Map(old.skus.map((sku) => [sku.name, sku]));
  const nextSkus = new Map(next.skus.map((sku) => [sku.name, sku]));
  for (const name of new Set([...oldSkus.keys(), ...nextSkus.keys()])) {
    const before = oldSkus.get(name);
    const after = nextSkus.get(name);
    // A SKU without facts of its own still shows as there: "（无参数）" rather than ''.
    const line = (sku: typeof before) => (sku === undefined ? '' : factsLine(sku.facts) || '（无单独参数 / no own facts）');
    compare('sku', line(before), line(after), name);
  }
  return changes;
}

function summary(phrase: PackPhrase): PhraseSummary {
  return { id: phrase.id, category: phrase.category, text: phrase.text };
}

const LIST_JOIN = ' | ';

function phraseChanges(old: PackPhrase, next: PackPhrase): FieldChange[] {
  const changes: FieldChange[] = [];
  const compare = (field: FieldChange['field'], before: string, after: string) => {
    if (before !== after) changes.push({ field, before, after });
  };
  compare('text', old.text, next.text);
  compare('category', old.category, next.category);
  compare('triggers', old.triggers.join(LIST_JOIN), next.triggers.join(LIST_JOIN));
  compare('shortcut', old.shortcut ?? '', next.shortcut ?? '');
  compare('tags', old.tags.join(LIST_JOIN), next.tags.join(LIST_JOIN));
  compare('products', (old.products ?? []).join(LIST_JOIN), (next.products ?? []).join(LIST_JOIN));
  compare('holding', String(old.holding === true), String(next.holding === true));
  return changes;
}

function diffRules(before: readonly WordingRule[], after: readonly WordingRule[]): PackDiff['rules'] {
  const old = new Map(before.map((rule) => [rule.id, JSON.stringify(rule)]));
  const next = new Set(after.map((rule) => rule.id));
  return {
    added: after.filter((rule) => !old.has(rule.id)).map((rule) => rule.id),
    changed: after.filter((rule) => old.has(rule.id) && old.get(rule.id) !== JSON.stringify(rule)).map((rule) => rule.id),
    removed: [...old.keys()].filter((id) => !next.has(id)),
  };
}
