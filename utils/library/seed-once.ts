import type { LibraryDb } from '../db/library-db';
import { seedDefaultPackOnFirstInstall } from './seed-default-pack';
import { upgradeShippedDefaultPack } from './upgrade-default-pack';

export interface SeedOnce {
  /**
   * Resolves once the first-install seeding is known to have run (here or in an earlier life of
   * the worker), and the default pack shipped with this version of the extension is installed.
   */
  ensureSeeded(): Promise<void>;
}

/**
 * The worker seeds on `runtime.onInstalled`, but that event can be missed (the worker was killed
 * mid-install, or the database was cleared). So every request first makes sure seeding ran —
 * checked once per worker life; a failed attempt is retried by the next request. The same check
 * brings an untouched default pack up to the version this update ships.
 */
export function createSeedOnce(db: LibraryDb): SeedOnce {
  let seeded: Promise<void> | undefined;
  return {
    ensureSeeded() {
      seeded ??= seedDefaultPackOnFirstInstall(db).then(() => upgradeShippedDefaultPack(db)).then(
        () => undefined,
        (error: unknown) => {
          seeded = undefined;
          throw error;
        },
      );
      return seeded;
    },
  };
}
