import { z } from 'zod';
import { categorySchema } from '../schemas/category';
import type { Pack } from '../schemas/pack';
import type { PackPhrase } from '../schemas/phrase';
import type { WordingRule } from '../schemas/risky-wording-rule';

export const phraseSummarySchema = z.object({ id: z.string(), category: z.string(), text: z.string() });
export type PhraseSummary = z.infer<typeof phraseSummarySchema>;

/** One field of a phrase that differs between the installed version and the file; lists shown joined by " | ". */
export const fieldChangeSchema = z.object({
  field: z.enum(['text', 'category', 'triggers', 'shortcut', 'tags', 'locked']),
  before: z.string(),
  after: z.string(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const packDiffSchema = z.object({
  added: z.array(phraseSummarySchema),
  changed: z.array(phraseSummarySchema.extend({ changes: z.array(fieldChangeSchema) })),
  unchanged: z.number().int(),
  /** In the installed version, not in this one: removed when the import is confirmed. */
  removed: z.array(phraseSummarySchema),
  categories: z.object({ added: z.array(categorySchema), removed: z.array(z.string()) }),
  rules: z.object({ added: z.array(z.string()), changed: z.array(z.string()), removed: z.array(z.string()) }),
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
  };
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
