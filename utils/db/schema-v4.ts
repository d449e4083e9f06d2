/**
 * Library database, schema version 4 — 2026-12-06.
 *
 * FROZEN: never edit this constant once shipped. A change is a new file (schema-v5.ts) with its
 * own dated comment, a named upgrade in library-db.ts and a test in tests/utils/db/migrations.test.ts.
 *
 * Version 3's tables unchanged (written out again so this constant stands alone), plus:
 * - products: the products installed packs carry (pack format 3), keyed by `${packId}/${name}`,
 *             indexed by pack so a pack's upgrade or removal replaces exactly its own.
 */
export const LIBRARY_SCHEMA_V4 = Object.freeze({
  phrases: 'uid, packId, category',
  categories: 'id, *declaredBy',
  packs: 'id',
  usage: '[phraseUid+intent], phraseUid, lastUsedAt',
  meta: 'key',
  rules: 'uid, packId, category, status',
  phraseOverrides: 'uid',
  favourites: 'uid, category',
  ruleStats: 'ruleUid',
  teamDrafts: 'packId',
  products: 'uid, packId',
});
