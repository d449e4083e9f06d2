import { z } from 'zod';
import { libraryPhraseSchema } from '../schemas/phrase';
import * as packTransfer from '../packs/import-protocol';
import { subscriptionUrlSchema, subscriptionViewSchema } from '../schemas/subscription-state';
import { wordingCategorySchema } from '../schemas/risky-wording-finding';
import { libraryStatusSchema } from '../schemas/library-status';
import { responseSummarySchema } from '../schemas/waiting-queue';
import { backgroundRequestsFromPages as fromPages, noData, type ProtocolOf } from './page-protocol';

/**
 * The one protocol file: every message between contexts, with a zod schema for what it
 * carries and what it answers. Receivers parse `data`; senders parse the answer.
 * Nothing here ever travels over the network. What a chat page's content script speaks is in
 * page-protocol.ts (re-exported here), so that script bundles only those schemas; the tables
 * below list it in its place.
 */

export * from './page-protocol';
export { libraryStatusSchema, type LibraryStatus } from '../schemas/library-status';

// ── Wording checks: send guard (page, demo), popup 检查话术 / 标记违规 (utils/worker/serve-risky-wording-requests.ts) ──
/** An agent's flag as the popup lists it; `pending-review` is 待审核. */
export const flaggedWordingSchema = z.object({
  uid: z.string().min(3).max(200),
  term: z.string(),
  reason: z.string(),
  category: wordingCategorySchema,
  status: z.enum(['active', 'pending-review', 'rejected']),
  createdAt: z.number(),
});
export type FlaggedWording = z.infer<typeof flaggedWordingSchema>;
// ── end of wording checks ──

/** Requests the background service worker answers (from content scripts, popup, demo page). */
export const backgroundRequests = {
  suggest: fromPages.suggest,
  searchPhrases: {
    data: z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(200).optional() }),
    result: z.array(libraryPhraseSchema),
  },
  getLibraryStatus: { data: noData, result: libraryStatusSchema },
  getCategories: fromPages.getCategories,
  // ── Waiting queue (utils/schemas/waiting-queue.ts) ──
  reportConversationList: fromPages.reportConversationList,
  getWaitingQueue: fromPages.getWaitingQueue,
  openLongestWaiting: fromPages.openLongestWaiting,
  /** The agent's own response figures per client and day, newest day first (numbers only). */
  getResponseFigures: {
    data: z.optional(z.object({ days: z.optional(z.number().int().min(1).max(31)) })),
    result: z.array(responseSummarySchema).max(31 * 20),
  },
  // ── end of waiting queue ──
  restoreDefaultPack: { data: noData, result: libraryStatusSchema },
  removePack: { data: z.object({ packId: z.string().min(1).max(64) }), result: libraryStatusSchema },
  /** Counts one insertion of a phrase for an intent; no chat text is kept. */
  recordInsertion: fromPages.recordInsertion,
  // ── Shortcut picker (utils/picker/): `/hy` in the reply box; pinyin is computed in the background ──
  pickerSearch: fromPages.pickerSearch,
  // ── Learning from use (utils/usage/, served by utils/worker/serve-library-requests.ts) ──
  /** What the agent did with an insertion, as the page saw it; ids and a count only, no chat text. */
  recordInsertionOutcome: fromPages.recordInsertionOutcome,
  /** Pins (or unpins) a phrase: pinned phrases come first within their category. */
  setFavourite: {
    data: z.object({ phraseUid: z.string().min(1).max(200), pinned: z.boolean() }),
    result: z.object({ ok: z.literal(true) }),
  },
  /** Pinned phrase uids, most recently pinned first. */
  listFavourites: { data: noData, result: z.array(z.string()) },
  /** 常用: the phrases this agent used most for a buyer intent, best first. */
  frequentPhrases: {
    data: z.object({ intent: z.string().max(40), limit: z.number().int().min(1).max(20).optional() }),
    result: z.array(libraryPhraseSchema),
  },
  // ── end of learning from use ──
  // ── Wording checks (utils/worker/serve-risky-wording-requests.ts) ──
  /** The active rules, for the page to compile and check drafts locally. */
  getWordingRules: fromPages.getWordingRules,
  /** Checks one draft fully (the page part says how). */
  checkDraft: fromPages.checkDraft,
  /** 标记违规: a local `warn` rule at once, 待审核 until the lead decides (the store validates term/reason). */
  flagWording: {
    data: z.object({ term: z.string().max(200), reason: z.string().max(1000), category: wordingCategorySchema }),
    result: flaggedWordingSchema,
  },
  /** A draft the send guard stopped, counted per rule; no chat text is kept. */
  recordDraftHeld: fromPages.recordDraftHeld,
  /** 仍然发送: one more send of a draft this rule stopped; no chat text is kept. */
  recordSentAnyway: fromPages.recordSentAnyway,
  listFlags: { data: noData, result: z.array(flaggedWordingSchema) },
  // ── end of wording checks ──
  // ── Pack import, export and backup (options page; schemas in utils/packs/import-protocol.ts, served by utils/worker/serve-import-requests.ts) ──
  /** Parses and diffs a file against the library without writing anything. */
  previewImport: {
    data: z.object({ file: packTransfer.importFileSchema, options: packTransfer.importDialogOptionsSchema.optional() }),
    result: packTransfer.previewImportResultSchema,
  },
  /** Applies a previewed import in one transaction; refused if the library changed since the preview. */
  commitImport: { data: packTransfer.commitImportDataSchema, result: packTransfer.commitImportResultSchema },
  /** An installed pack as a file (its own wording, not agents' edits). */
  exportPack: {
    data: z.object({ packId: z.string().min(1).max(64), format: packTransfer.exportFormatSchema }),
    result: packTransfer.exportedFileSchema,
  },
  /** The agent's own phrases, their flags, or their report for the lead (usage, edits, 仍然发送, flags). */
  exportAgentData: {
    data: z.object({
      what: z.enum(['personal', 'flags', 'report']),
      format: packTransfer.exportFormatSchema,
      agent: z.string().max(80).optional(),
    }),
    result: z.array(packTransfer.exportedFileSchema),
  },
  /** The whole library as one JSON file. */
  backup: { data: noData, result: packTransfer.exportedFileSchema },
  /** Replaces the whole library with a backup, all or nothing. */
  restore: { data: packTransfer.restoreDataSchema, result: packTransfer.restoreResultSchema },
  // ── end of pack import, export and backup ──
  // ── Pack subscription by URL (options page; utils/subscription/, served by serve-subscription-requests.ts) ──
  /** The subscription as the options page shows it (URL in force, last check, pending update). */
  getSubscription: { data: noData, result: subscriptionViewSchema },
  /** Saves the agent's URL ('' clears it) and whether updates apply without asking. */
  setSubscription: {
    data: z.object({ url: z.union([z.literal(''), subscriptionUrlSchema]), autoApply: z.boolean() }),
    result: subscriptionViewSchema,
  },
  /** 立即检查: one conditional request now; a changed pack becomes the pending update. */
  checkSubscription: { data: noData, result: subscriptionViewSchema },
  /** 应用更新: installs the pending update. */
  applySubscription: { data: noData, result: subscriptionViewSchema },
  // ── end of pack subscription ──
  // ── Page UI styles (utils/page/page-ui-css.ts, served by utils/worker/serve-page-ui-css.ts) ──
  /** The stylesheet of our UI on chat pages (bar, send guard, picker), for their shadow roots. */
  getPageUiCss: fromPages.getPageUiCss,
} as const;

export type BackgroundProtocol = ProtocolOf<typeof backgroundRequests>;
