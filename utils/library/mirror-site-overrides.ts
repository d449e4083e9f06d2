import type { LibraryDb } from '../db/library-db';
import { storedPackSchema } from '../db/records';
import { mirroredOverridesOf, type MirroredSiteOverride } from '../schemas/site-override';
import { saveMirroredSiteOverrides } from '../settings/site-overrides-store';

/** Every installed pack's selector overrides, with the pack each came from, in pack id order. */
export async function librarySiteOverrides(db: LibraryDb): Promise<MirroredSiteOverride[]> {
  const rows = await db.packs.toArray();
  return mirroredOverridesOf(
    rows.flatMap((row) => {
      const parsed = storedPackSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    }),
  );
}

/**
 * Writes the library's overrides to storage.local, where chat pages read them at start: called
 * after every library write (write-library.ts), so an install, an update by subscription, a
 * publish, a removal or a restore reaches the next page load.
 */
export async function mirrorSiteOverrides(db: LibraryDb): Promise<MirroredSiteOverride[]> {
  const overrides = await librarySiteOverrides(db);
  await saveMirroredSiteOverrides(overrides);
  return overrides;
}
