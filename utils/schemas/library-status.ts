import { z } from 'zod/mini';
import { categorySchema } from './category';
import { installedPackSchema } from './installed-pack';

/** What the popup, the options page and the demo page show of the library (getLibraryStatus). */
export const libraryStatusSchema = z.object({
  phraseCount: z.number().check(z.int()),
  packs: z.array(installedPackSchema),
  categories: z.array(categorySchema),
  /** The lead removed the default pack on purpose; we never re-seed it behind their back. */
  defaultPackRemoved: z.boolean(),
  /** The library's version stamp (null before its first write): an edit in another tab changes it even when no count does. */
  libraryVersion: z.nullable(z.string().check(z.maxLength(100))),
});
export type LibraryStatus = z.infer<typeof libraryStatusSchema>;
