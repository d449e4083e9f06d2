/**
 * Library database, schema version 2 — 2026-11-23.
 *
 * FROZEN: never edit this constant once shipped. A change is a new file (schema-v3.ts) with its
 * own dated comment, a named upgrade in library-db.ts and a test in tests/utils/db/migrations.test.ts.
 *
 * Version 1's tables unchanged (written out again so this constant stands alone), plus:
 * - rules:           wording rules, keyed by `${packId}/${id}`: the shipped set (packId
 *                    'default-rules'), rules packs carry, and agents' own flags (packId 'local');
 *                    `status` tells active rules from flags waiting for the lead's review.
 * - phraseOverrides: an agent's personal edit of a pack phrase, keyed by the phrase uid; kept
 *                    across pack upgrades and applied when the library is loaded.
 * - favourites:      phrases an agent pinned, keyed by phrase uid, indexed by category.
 * - ruleStats:       per rule, how often the agent sent a flagged draft anyway (仍然发送).
 */
export const LIBRARY_SCHEMA_V2 = Object.freeze({
  phrases: 'uid, packId, category',
  categories: 'id, *declaredBy',
  packs: 'id',
  usage: '[phraseUid+intent], phraseUid, lastUsedAt',
  meta: 'key',
  rules: 'uid, packId, category, status',
  phraseOverrides: 'uid',
  favourites: 'uid, category',
  ruleStats: 'ruleUid',
});
