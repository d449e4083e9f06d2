import { z } from 'zod';
import { libraryPhraseSchema } from '../schemas/phrase';
import { categorySchema } from '../schemas/category';
import { installedPackSchema } from '../schemas/pack';
import { suggestResultSchema } from '../schemas/suggestion';
import { threadSchema } from '../schemas/thread';

/**
 * The one protocol file: every message between contexts, with a zod schema for what it
 * carries and what it answers. Receivers parse `data`; senders parse the answer.
 * Nothing here ever travels over the network.
 */

export const libraryStatusSchema = z.object({
  phraseCount: z.number().int(),
  packs: z.array(installedPackSchema),
  categories: z.array(categorySchema),
  /** The lead removed the default pack on purpose; we never re-seed it behind their back. */
  defaultPackRemoved: z.boolean(),
});
export type LibraryStatus = z.infer<typeof libraryStatusSchema>;

const noData = z.undefined().optional();

/** Requests the background service worker answers (from content scripts, popup, demo page). */
export const backgroundRequests = {
  suggest: {
    data: z.object({ thread: threadSchema, limit: z.number().int().min(1).max(20).optional() }),
    result: suggestResultSchema,
  },
  searchPhrases: {
    data: z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(200).optional() }),
    result: z.array(libraryPhraseSchema),
  },
  getLibraryStatus: { data: noData, result: libraryStatusSchema },
  restoreDefaultPack: { data: noData, result: libraryStatusSchema },
  removePack: { data: z.object({ packId: z.string().min(1).max(64) }), result: libraryStatusSchema },
  /** Counts one insertion of a phrase for an intent; no chat text is kept. */
  recordInsertion: {
    data: z.object({ phraseUid: z.string().min(1).max(200), intent: z.string().max(40).optional() }),
    result: z.object({ ok: z.literal(true) }),
  },
} as const;

export const insertResultSchema = z.object({
  ok: z.boolean(),
  /** Which insertion strategy succeeded, e.g. "native-value-setter". */
  strategy: z.string().optional(),
  /** Why nothing was inserted, as a message key the UI can translate. */
  reason: z.enum(['no-input', 'not-verified', 'invalidated']).optional(),
});
export type InsertResult = z.infer<typeof insertResultSchema>;

export const pageThreadSchema = z.object({
  site: z.string(),
  hasInput: z.boolean(),
  thread: threadSchema.nullable(),
});
export type PageThread = z.infer<typeof pageThreadSchema>;

/** Requests a chat page answers (content script on a client, or the demo page). */
export const pageRequests = {
  readThread: { data: noData, result: pageThreadSchema },
  insertText: { data: z.object({ text: z.string().min(1).max(2000) }), result: insertResultSchema },
} as const;

type RequestTable = Record<string, { data: z.ZodType; result: z.ZodType }>;
/** The @webext-core protocol map derived from a request table. */
export type ProtocolOf<T extends RequestTable> = {
  [K in keyof T]: (data: z.input<T[K]['data']>) => z.output<T[K]['result']>;
};
export type BackgroundProtocol = ProtocolOf<typeof backgroundRequests>;
export type PageProtocol = ProtocolOf<typeof pageRequests>;
