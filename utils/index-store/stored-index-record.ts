import { z } from 'zod';

/**
 * The row around a stored index. The index itself is parsed by the engine
 * (restoreLibraryIndex), and only when the labels say it is the one wanted.
 */
export const storedIndexRecordSchema = z.object({
  /** Name of the library database the index was built from. */
  libraryDb: z.string().min(1),
  /** The library version stamp (utils/db/meta.ts) read together with the phrases indexed. */
  libraryVersion: z.string().min(1),
  /** LIBRARY_INDEX_FORMAT of the build that wrote it. */
  format: z.number().int(),
  savedAt: z.number(),
  index: z.unknown(),
});
export type StoredIndexRecord = z.infer<typeof storedIndexRecordSchema>;
