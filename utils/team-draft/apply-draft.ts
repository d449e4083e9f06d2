import { z } from 'zod';
import { bumpVersion } from '../team-review/next-pack-version';
import { packSchema, type Pack } from '../schemas/pack';
import type { PackPhrase } from '../schemas/phrase';
import type { DraftChange } from '../schemas/team-draft';
import { deleteProducts, putProduct, raised, withScope } from './apply-product-change';
import { deleteSiteOverride, putSiteOverride } from './apply-override-change';
import { DraftChangeError } from './draft-change-error';

export { DraftChangeError } from './draft-change-error';
export { changedProductNames } from './apply-product-change';

/**
 * The pack with one change applied, not yet validated (applyDraftChanges validates the whole).
 * A change naming a phrase the pack does not have is refused: the installed pack changed under
 * the draft, or the change was made to another pack.
 */
export function applyDraftChange(pack: Pack, change: DraftChange): Pack {
  if (change.kind === 'product-put') return putProduct(pack, change.name, change.product);
  if (change.kind === 'product-delete') return deleteProducts(pack, change.names);
  if (change.kind === 'override-put') return putSiteOverride(pack, change.override);
  if (change.kind === 'override-delete') return deleteSiteOverride(pack, change.client);
  const known = new Set(pack.phrases.map((phrase) => phrase.id));
  const ids = change.kind === 'edit' ? [change.id] : change.ids;
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new DraftChangeError(
      `话术包「${pack.name}」里没有话术 ${missing.slice(0, 5).map((id) => `"${id}"`).join('、')}；请刷新后再改 / pack "${pack.id}" has no phrase ${missing.slice(0, 5).join(', ')}`,
    );
  }
  const chosen = new Set(ids);
  const mapChosen = (update: (phrase: PackPhrase) => PackPhrase): PackPhrase[] =>
    pack.phrases.map((phrase) => (chosen.has(phrase.id) ? update(phrase) : phrase));
  switch (change.kind) {
    case 'edit':
      return {
        ...pack,
        phrases: mapChosen((phrase) => {
          const { shortcut: _shortcut, ...rest } = phrase;
          const shortcut = change.shortcut === undefined ? phrase.shortcut : change.shortcut || undefined;
          return {
            ...rest,
            ...(change.text === undefined ? {} : { text: change.text }),
            ...(change.triggers === undefined ? {} : { triggers: change.triggers }),
            ...(shortcut === undefined ? {} : { shortcut }),
          };
        }),
      };
    case 'move':
      return {
        ...pack,
        phrases: mapChosen((phrase) => {
          const { topic: _topic, ...rest } = phrase;
          return { ...rest, category: change.category, ...(change.topic === undefined ? {} : { topic: change.topic }) };
        }),
      };
    case 'lock': {
      const locked = new Set(pack.locked.phrases);
      for (const id of ids) {
        if (change.locked) locked.add(id);
        else locked.delete(id);
      }
      // In pack order, so the exported file does not reshuffle on every lock.
      return { ...pack, locked: { ...pack.locked, phrases: pack.phrases.map((phrase) => phrase.id).filter((id) => locked.has(id)) } };
    }
    case 'holding':
      return {
        ...(change.holding ? raised(pack) : pack),
        phrases: mapChosen((phrase) => {
          const { holding: _holding, ...rest } = phrase;
          return change.holding ? { ...rest, holding: true } : rest;
        }),
      };
    case 'delete':
      return {
        ...pack,
        phrases: pack.phrases.filter((phrase) => !chosen.has(phrase.id)),
        locked: { ...pack.locked, phrases: pack.locked.phrases.filter((id) => !chosen.has(id)) },
      };
    case 'scope':
      return { ...pack, phrases: mapChosen((phrase) => withScope(phrase, change.products)) };
  }
}

/**
 * The draft: the installed pack with every change applied in order, validated with the pack
 * schema, so a draft that is saved always imports. A problem is reported on the field it is in.
 */
export function applyDraftChanges(base: Pack, changes: readonly DraftChange[]): Pack {
  const draft = changes.reduce(applyDraftChange, base);
  return validateDraft(draft);
}

export function validateDraft(draft: Pack): Pack {
  const parsed = packSchema.safeParse(draft);
  if (parsed.success) return parsed.data;
  throw new DraftChangeError(
    `草稿不符合话术包格式，没有保存 / the draft does not fit the pack format, nothing was saved:\n${z.prettifyError(parsed.error)}`,
    fieldOf(parsed.error.issues[0]?.path ?? []),
  );
}

/**
 * The innermost named field of an issue's path: ['phrases', 3, 'triggers', 0] → 'triggers'. A
 * product's problem is placed on the product's own field, however deep it lies: ['products', 2,
 * 'skus', 0, 'name'] → 'skus' (a product form has no field of a SKU's name apart from its SKU).
 */
export function fieldOf(path: readonly PropertyKey[]): string | undefined {
  if (path[0] === 'products' && typeof path[2] === 'string') return path[2];
  if (path[0] === 'product' && typeof path[1] === 'string') return path[1];
  return [...path].reverse().find((part): part is string => typeof part === 'string');
}

/** What 发布新版本 installs and exports: the draft with the next version number ("1.0.0" → "1.0.1"). */
export function publishablePack(base: Pack, changes: readonly DraftChange[]): Pack {
  const draft = applyDraftChanges(base, changes);
  return validateDraft({ ...draft, version: bumpVersion(base.version) });
}

/** The phrases a change names, for the console's list of what changed (product and override changes name none). */
export function changedPhraseIds(changes: readonly DraftChange[]): Set<string> {
  return new Set(
    changes.flatMap((change) => {
      if (change.kind === 'edit') return [change.id];
      if (change.kind === 'product-put' || change.kind === 'product-delete' || change.kind === 'override-put' || change.kind === 'override-delete') return [];
      return change.ids;
    }),
  );
}
