import type { LibraryDb } from '../db/library-db';
import { readLibraryVersion, readMeta } from '../db/meta';
import { storedCategorySchema, storedPackSchema } from '../db/records';
import type { LibraryStatus } from '../messaging/protocol';
import type { Category } from '../schemas/category';
import { toCategory, withBuiltInCategories } from './load-library';
import { parseRows } from './parse-rows';

function categoriesOf(rows: readonly unknown[]): Category[] {
  return withBuiltInCategories(parseRows('categories', rows, storedCategorySchema).map(toCategory));
}

/** The library's categories, the built-in ones included: what a chat page's bar labels suggestions with. */
export async function libraryCategories(db: LibraryDb): Promise<Category[]> {
  return categoriesOf(await db.categories.toArray());
}

/** What the popup and options page show about the library: size, packs, categories, the removed-default flag, the version stamp. */
export async function libraryStatus(db: LibraryDb): Promise<LibraryStatus> {
  const { phraseCount, packRows, categoryRows, defaultPackRemoved, libraryVersion } = await db.transaction(
    'r',
    [db.phrases, db.packs, db.categories, db.meta],
    async () => ({
      phraseCount: await db.phrases.count(),
      packRows: await db.packs.toArray(),
      categoryRows: await db.categories.toArray(),
      defaultPackRemoved: (await readMeta(db, 'defaultPackRemoved')) ?? false,
      libraryVersion: await readLibraryVersion(db),
    }),
  );
  return {
    phraseCount,
    packs: parseRows('packs', packRows, storedPackSchema).sort((a, b) => a.installedAt - b.installedAt),
    categories: categoriesOf(categoryRows),
    defaultPackRemoved,
    libraryVersion,
  };
}
