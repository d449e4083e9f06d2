import { z } from 'zod';
import { libraryPhraseSchema } from '../schemas/phrase';
import { categorySchema } from '../schemas/category';
import { installedPackSchema } from '../schemas/pack';
import { suggestResultSchema } from '../schemas/suggestion';
import { threadSchema } from '../schemas/thread';
import { wordingRuleSchema } from '../schemas/risky-wording-rule';
import * as packTransfer from '../packs/import-protocol';
import { subscriptionUrlSchema, subscriptionViewSchema } from '../schemas/subscription-state';
import { wordingCategorySchema, wordingFindingSchema } from '../schemas/risky-wording-finding';
import { firstSuggestionResultSchema, INSERTION_OUTCOMES, insertResultSchema, pageDraftSchema, pageThreadSchema } from '../schemas/page-results';

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
  /** The library's version stamp (null before its first write): an edit in another tab changes it even when no count does. */
  libraryVersion: z.string().max(100).nullable(),
});
export type LibraryStatus = z.infer<typeof libraryStatusSchema>;

const noData = z.undefined().optional();

// ── Wording checks: send guard (page, demo), popup 检查话术 / 标记违规 (utils/worker/serve-risky-wording-requests.ts) ──
/** One active rule and the library row it came from (`${packId}/${id}`), which 仍然发送 counts. */
export const servedWordingRuleSchema = z.object({ uid: z.string().min(3).max(200), rule: wordingRuleSchema });
export type ServedWordingRule = z.infer<typeof servedWordingRuleSchema>;
export const wordingRulesAnswerSchema = z.object({
  /** The library version stamp the rules belong to (null before the library's first write). */
  version: z.string().max(100).nullable(),
  /** Null when the asker already holds this version: nothing to compile again. */
  rules: z.array(servedWordingRuleSchema).max(2000).nullable(),
});
export type WordingRulesAnswer = z.infer<typeof wordingRulesAnswerSchema>;
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
/** What the reply box holds now (the popup's 检查话术 reads it; never stored). */
// ── end of wording checks ──

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
  // ── Shortcut picker (utils/picker/): `/hy` in the reply box; pinyin is computed in the background ──
  pickerSearch: {
    data: z.object({ query: z.string().min(1).max(40), limit: z.number().int().min(1).max(20).optional() }),
    result: z.array(libraryPhraseSchema),
  },
  // ── Learning from use (utils/usage/, served by utils/worker/serve-library-requests.ts) ──
  /** What the agent did with an insertion, as the page saw it; ids and a count only, no chat text. */
  recordInsertionOutcome: {
    data: z.object({
      phraseUid: z.string().min(1).max(200),
      intent: z.string().max(40),
      outcome: z.enum(INSERTION_OUTCOMES),
    }),
    result: z.object({ ok: z.literal(true) }),
  },
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
  /**
   * The active rules, for the page to compile and check drafts locally (no round trip per
   * keystroke). `knownVersion`: the version the asker holds (left out when it holds none).
   */
  getWordingRules: {
    data: z.object({ knownVersion: z.string().max(100).nullable().optional() }).optional(),
    result: wordingRulesAnswerSchema,
  },
  /** Checks one draft; `thread` lets the buyer's own details be confirmed back. */
  checkDraft: {
    data: z.object({ text: z.string().max(5000), thread: threadSchema.optional() }),
    result: z.array(wordingFindingSchema),
  },
  /** 标记违规: a local `warn` rule at once, 待审核 until the lead decides (the store validates term/reason). */
  flagWording: {
    data: z.object({ term: z.string().max(200), reason: z.string().max(1000), category: wordingCategorySchema }),
    result: flaggedWordingSchema,
  },
  /** 仍然发送: one more send of a draft this rule stopped; no chat text is kept. */
  recordSentAnyway: {
    data: z.object({ ruleUid: z.string().min(3).max(200) }),
    result: z.object({ ok: z.literal(true), sentAnyway: z.number().int().min(1) }),
  },
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
  /**
   * The stylesheet of our UI on chat pages (bar, send guard, picker), for their shadow roots.
   * Asked of the worker instead of fetched by the page's content script, so the file needs to
   * be web-accessible to no site: custom sites get it too, and no page can probe for it.
   */
  getPageUiCss: { data: noData, result: z.string().max(1_000_000) },
} as const;




/** Requests a chat page answers (content script on a client, or the demo page). */
export const pageRequests = {
  readThread: { data: noData, result: pageThreadSchema },
  /**
   * A library phrase as written: the page fills its placeholders from the conversation it shows,
   * inserts it, counts the use and watches what the agent does with it (utils/page/phrase-insertion.ts).
   */
  insertPhrase: {
    data: z.object({
      text: z.string().min(1).max(2000),
      phraseUid: z.string().min(1).max(200),
      category: z.string().min(1).max(40),
    }),
    result: insertResultSchema.extend({ text: z.string().max(5000) }),
  },
  /** Wording checks: the draft in the reply box, for the popup's 检查话术 (utils/sites/read-draft.ts). */
  readDraft: { data: noData, result: pageDraftSchema },
  // ── Keyboard commands (utils/worker/listen-for-commands.ts, page side utils/page/requests/first-suggestion-request.ts) ──
  /**
   * The insert-first-suggestion shortcut: the page inserts its first suggestion for the thread
   * as it is now, exactly as Alt+1 on the in-page bar would (placeholders filled, use counted).
   */
  insertFirstSuggestion: { data: noData, result: firstSuggestionResultSchema },
  // ── end of keyboard commands ──
} as const;

export type RequestTable = Record<string, { data: z.ZodType; result: z.ZodType }>;
/** The @webext-core protocol map derived from a request table. */
export type ProtocolOf<T extends RequestTable> = {
  [K in keyof T]: (data: z.input<T[K]['data']>) => z.output<T[K]['result']>;
};
export type BackgroundProtocol = ProtocolOf<typeof backgroundRequests>;
export type PageProtocol = ProtocolOf<typeof pageRequests>;
