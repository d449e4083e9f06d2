import { z } from 'zod';
import { categorySchema } from '../schemas/category';
import { installedPackSchema, packIdSchema } from '../schemas/pack';
import { libraryPhraseSchema } from '../schemas/phrase';

/**
 * What each table of the library database holds. Rows read back are parsed with these schemas:
 * the database outlives any one build, and another context (or a newer build) may have written it.
 */

export const storedPhraseSchema = libraryPhraseSchema;
export type StoredPhrase = z.infer<typeof storedPhraseSchema>;

export const storedCategorySchema = categorySchema.extend({
  /** One of BUILT_IN_CATEGORIES; stays even when no pack declares it. */
  builtIn: z.boolean(),
  /** Ids of the installed packs that declared this category. */
  declaredBy: z.array(packIdSchema),
});
export type StoredCategory = z.infer<typeof storedCategorySchema>;

export const storedPackSchema = installedPackSchema;
export type StoredPack = z.infer<typeof storedPackSchema>;

/** Usage rows for insertions made without a known buyer intent use this intent. */
export const UNKNOWN_INTENT = '';

export const usageRecordSchema = z.object({
  phraseUid: z.string().min(3).max(200),
  /** The category the engine read from the buyer's message, or UNKNOWN_INTENT. */
  intent: z.string().max(40),
  count: z.number().int().min(1),
  lastUsedAt: z.number(),
});
export type UsageRecord = z.infer<typeof usageRecordSchema>;

export const metaRecordSchema = z.discriminatedUnion('key', [
  /** Changes in every transaction that writes the library; in-memory indexes compare it. */
  z.object({ key: z.literal('libraryVersion'), value: z.string().min(1) }),
  /** The lead removed the default pack on purpose; seeding must not bring it back. */
  z.object({ key: z.literal('defaultPackRemoved'), value: z.boolean() }),
  /** When the first-install seeding ran (epoch ms); seeding happens at most once. */
  z.object({ key: z.literal('seededAt'), value: z.number() }),
]);
export type MetaRecord = z.infer<typeof metaRecordSchema>;
export type MetaKey = MetaRecord['key'];
type MetaValues = { [R in MetaRecord as R['key']]: R['value'] };
export type MetaValue<K extends MetaKey> = MetaValues[K];
