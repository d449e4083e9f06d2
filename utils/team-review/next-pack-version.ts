import type { StoredWordingRule } from '../db/records';
import { packSchema, type Pack } from '../schemas/pack';
import { wordingRuleSchema, type WordingRule } from '../schemas/risky-wording-rule';

/** "1.2.0" → "1.2.1", "2026.11.23" → "2026.11.24": the last number goes up by one. */
export function bumpVersion(version: string): string {
  const parts = version.split('.');
  const last = Number(parts[parts.length - 1] ?? '0');
  return [...parts.slice(0, -1), String(last + 1)].join('.');
}

/**
 * An agent's flag as a rule of the team pack: its stored bookkeeping (uid, review status,
 * which browser flagged it) stays behind, and it is an active team rule from now on.
 */
export function flagToPackRule(flag: StoredWordingRule): WordingRule {
  const { uid: _uid, packId: _packId, status: _status, locked: _locked, createdAt: _createdAt, note: _note, ...rule } = flag;
  return wordingRuleSchema.parse(rule);
}

/**
 * The next version of the team pack: the lead's pack with the approved flags added as rules
 * (a rule of the same id is replaced: the flag's id derives from its term, so it is the same
 * wording). Validated with the pack schema, so what is exported always imports.
 */
export function nextPackVersion(pack: Pack, approvedFlags: readonly StoredWordingRule[]): Pack {
  const added = approvedFlags.map(flagToPackRule);
  const addedIds = new Set(added.map((rule) => rule.id));
  return packSchema.parse({
    ...pack,
    version: bumpVersion(pack.version),
    rules: [...pack.rules.filter((rule) => !addedIds.has(rule.id)), ...added],
  });
}
