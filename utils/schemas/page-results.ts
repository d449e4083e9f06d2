import { z } from 'zod/mini';
import { threadSchema } from './thread';

// What a chat page answers about itself and about an insertion: shared by the editors, the page
// session, learning from use and the messages between contexts, so it sits below all of them.

export const insertResultSchema = z.object({
  ok: z.boolean(),
  /** Which insertion strategy succeeded, e.g. "native-value-setter". */
  strategy: z.optional(z.string()),
  /** Why nothing was inserted, as a message key the UI can translate. */
  reason: z.optional(z.enum(['no-input', 'not-verified', 'invalidated'])),
});
export type InsertResult = z.infer<typeof insertResultSchema>;

export const pageThreadSchema = z.object({
  /** The adapter the page is read with (e.g. 'pinduoduo'; 'generic' on pages without one). */
  site: z.string(),
  hasInput: z.boolean(),
  thread: z.nullable(threadSchema),
  // ── site adapters (utils/sites/generic-fallback.ts) ──
  /**
   * The page has a site adapter, but its selectors found nothing (the client changed its page),
   * so the thread was read by the generic adapter: the popup says "使用通用识别".
   */
  adapterFallback: z.optional(z.boolean()),
});
export type PageThread = z.infer<typeof pageThreadSchema>;

export const pageDraftSchema = z.object({ hasInput: z.boolean(), text: z.string().check(z.maxLength(5000)) });
export type PageDraft = z.infer<typeof pageDraftSchema>;

// ── Keyboard commands: what the page did with the insert-first-suggestion shortcut ──
export const firstSuggestionResultSchema = z.object({
  ok: z.boolean(),
  /** The phrase inserted, when one was. */
  phraseUid: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** Why nothing was inserted: no conversation on the page, nothing to suggest, or the insertion's own reason. */
  reason: z.optional(z.enum(['no-chat', 'no-suggestion', 'no-input', 'not-verified', 'invalidated'])),
});
export type FirstSuggestionResult = z.infer<typeof firstSuggestionResultSchema>;
// ── end of keyboard commands ──

/** What became of an inserted phrase (learning from use). */
export const INSERTION_OUTCOMES = ['sent-unchanged', 'edited', 'deleted'] as const;
export type InsertionOutcome = (typeof INSERTION_OUTCOMES)[number];
