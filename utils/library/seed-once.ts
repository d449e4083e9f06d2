import type { LibraryDb } from '../db/library-db';
import { readMeta } from '../db/meta';
import { hasShippedWordingRules } from './risky-wording-rules-store';
import { seedDefaultPackOnFirstInstall } from './seed-default-pack';
import { defaultPackIsOutdated, upgradeShippedDefaultPack } from './upgrade-default-pack';

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
      seeded ??= seedingNeeded(db)
        .then(async (needed) => {
          if (!needed) return;
          await seedDefaultPackOnFirstInstall(db);
          await upgradeShippedDefaultPack(db);
        })
        .catch((error: unknown) => {
          seeded = undefined;
          throw error;
        });
      return seeded;
    },
  };
}

/**
 * The three checks a waking worker makes, read side by side rather than one after another (each
 * read is a round trip before the worker's first answer): the shipped wording rules are in, the
 * first-install seeding ran, the default pack is not older than this build's. Any of them
 * failing sends the worker through the seeding and upgrade steps, which check again and write.
 */
async function seedingNeeded(db: LibraryDb): Promise<boolean> {
  const [rulesIn, seededAt, packOutdated] = await Promise.all([hasShippedWordingRules(db), readMeta(db, 'seededAt'), defaultPackIsOutdated(db)]);
  return !rulesIn || seededAt === undefined || packOutdated;
}
