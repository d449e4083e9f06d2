/**
 * Library database, schema version 1 — 2026-11-23.
 *
 * FROZEN: never edit this constant once shipped. A change is a new file (schema-v2.ts) with its
 * own dated comment, a named upgrade in library-db.ts and a test in tests/utils/db/migrations.test.ts.
 *
 * - phrases:    every phrase of every installed pack, keyed by `${packId}/${id}`; the engine
 *               loads them all, the indexes serve "remove this pack" and per-category views.
 * - categories: built-in categories plus those packs declared; `*declaredBy` lists the packs that
 *               declared one, so removing a pack removes only what nobody else still declares.
 * - packs:      what we remember about each installed pack (InstalledPack).
 * - usage:      one row per phrase and buyer intent: how often it was inserted and when last;
 *               never any chat text.
 * - meta:       key/value facts about the library (libraryVersion stamp, defaultPackRemoved, seededAt).
 */
export const LIBRARY_SCHEMA_V1 = Object.freeze({
  phrases: 'uid, packId, category',
  categories: 'id, *declaredBy',
  packs: 'id',
  usage: '[phraseUid+intent], phraseUid, lastUsedAt',
  meta: 'key',
});
