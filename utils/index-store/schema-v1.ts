/**
 * Index cache database, schema version 1 — 2026-11-23.
 *
 * FROZEN: never edit this constant once shipped. A change is a new file (schema-v2.ts) with its
 * own dated comment and a version in index-store-db.ts. Everything here is derived data: an
 * upgrade may simply drop it, the worker rebuilds from the library.
 *
 * - indexes: the engine's LibraryIndex as last built, one row per library database, keyed by
 *            that database's name and labelled with the library version stamp it was built from.
 */
export const INDEX_STORE_SCHEMA_V1 = Object.freeze({
  indexes: 'libraryDb',
});
