import { LibraryDb } from '../../../utils/db/library-db';

/**
 * Every test gets its own database (a fresh name in fake-indexeddb), so nothing leaks between
 * tests. Opening a second LibraryDb on the same name is how a test "restarts the worker".
 */
const opened: LibraryDb[] = [];

export function freshLibraryDbName(): string {
  return `huashu-library-test-${crypto.randomUUID()}`;
}

export function openTestLibraryDb(name: string = freshLibraryDbName()): LibraryDb {
  const db = new LibraryDb(name);
  opened.push(db);
  return db;
}

export function closeTestLibraryDbs(): void {
  for (const db of opened.splice(0)) db.close();
}
