/**
 * Library database, schema version 3 — 2026-12-06.
 *
 * FROZEN: never edit this constant once shipped. A change is a new file (schema-v4.ts) with its
 * own dated comment, a named upgrade in library-db.ts and a test in tests/utils/db/migrations.test.ts.
 *
 * Version 2's tables unchanged (written out again so this constant stands alone), plus:
 * - teamDrafts: a team lead's unpublished draft of a team pack, keyed by the pack id: the
 *               changes made since the installed version (edits, moves, locks, deletions),
 *               kept apart from the installed pack until 发布新版本 installs them.
 */
export const LIBRARY_SCHEMA_V3 = Object.freeze({
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
});
