import { z } from 'zod/mini';
import { pickerPhraseSchema } from '../schemas/picker-phrase';
import { categorySchema } from '../schemas/category';
import { suggestResultSchema } from '../schemas/suggestion';
import { threadSchema } from '../schemas/thread';
import { wordingRuleShapeSchema } from '../schemas/risky-wording-rule-shape';
import { wordingFindingSchema } from '../schemas/risky-wording-finding';
import { conversationListReportSchema, waitingQueueViewSchema } from '../schemas/waiting-queue';
import { pageHealthSchema, pageStructureExportSchema } from '../schemas/page-health';
import { siteOverrideSchema, siteOverrideTrialSchema } from '../schemas/site-override';
import { firstSuggestionResultSchema, INSERTION_OUTCOMES, insertResultSchema, pageDraftSchema, pageThreadSchema } from '../schemas/page-results';

/**
 * The part of the protocol (protocol.ts) a chat page's content script speaks: the requests it
 * answers, and the background requests it sends. Kept apart, and written with zod/mini, so the
 * content script bundles these schemas only, not the pack import, backup and subscription ones
 * of the options page. protocol.ts re-exports all of it; its tables list these entries in their
 * place.
 */

export const noData = z.optional(z.undefined());


// ── Wording checks: send guard (page, demo), popup 检查话术 / 标记违规 (utils/worker/serve-risky-wording-requests.ts) ──
/**
 * One active rule and the library row it came from (`${packId}/${id}`), which 仍然发送 counts.
 * Its regexes were proven safe when the rule entered the library (risky-wording-rule.ts); the
 * page that compiles it checks its shape only.
 */
export const servedWordingRuleSchema = z.object({ uid: z.string().check(z.minLength(3), z.maxLength(200)), rule: wordingRuleShapeSchema });
export type ServedWordingRule = z.infer<typeof servedWordingRuleSchema>;
export const wordingRulesAnswerSchema = z.object({
  /** The library version stamp the rules belong to (null before the library's first write). */
  version: z.nullable(z.string().check(z.maxLength(100))),
  /** Null when the asker already holds this version: nothing to compile again. */
  rules: z.nullable(z.array(servedWordingRuleSchema).check(z.maxLength(2000))),
});
export type WordingRulesAnswer = z.infer<typeof wordingRulesAnswerSchema>;
// ── end of wording checks ──

/** The background requests a chat page sends (part of `backgroundRequests`, protocol.ts). */
export const backgroundRequestsFromPages = {
  suggest: {
    data: z.object({ thread: threadSchema, limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(20))) }),
    result: suggestResultSchema,
  },
  /** The library's categories, for the bar's labels (the page needs nothing else of getLibraryStatus). */
  getCategories: { data: noData, result: z.array(categorySchema) },
  /** Counts one insertion of a phrase for an intent; no chat text is kept. */
  recordInsertion: {
    data: z.object({ phraseUid: z.string().check(z.minLength(1), z.maxLength(200)), intent: z.optional(z.string().check(z.maxLength(40))) }),
    result: z.object({ ok: z.literal(true) }),
  },
  // ── Shortcut picker (utils/picker/): `/hy` in the reply box; pinyin is computed in the background ──
  pickerSearch: {
    data: z.object({ query: z.string().check(z.minLength(1), z.maxLength(40)), limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(20))) }),
    result: z.array(pickerPhraseSchema),
  },
  // ── Learning from use (utils/usage/, served by utils/worker/serve-library-requests.ts) ──
  /** What the agent did with an insertion, as the page saw it; ids and a count only, no chat text. */
  recordInsertionOutcome: {
    data: z.object({
      phraseUid: z.string().check(z.minLength(1), z.maxLength(200)),
      intent: z.string().check(z.maxLength(40)),
      outcome: z.enum(INSERTION_OUTCOMES),
    }),
    result: z.object({ ok: z.literal(true) }),
  },
  // ── Wording checks (utils/worker/serve-risky-wording-requests.ts) ──
  /**
   * The active rules, for the page to compile and check drafts locally (no round trip per
   * keystroke). `knownVersion`: the version the asker holds (left out when it holds none).
   */
  getWordingRules: {
    data: z.optional(z.object({ knownVersion: z.optional(z.nullable(z.string().check(z.maxLength(100)))) })),
    result: wordingRulesAnswerSchema,
  },
  /**
   * Checks one draft fully (traditional characters converted, the tone and risk models): the send guard
   * asks while the agent types and keeps the verdict for that exact draft; the popup's 检查话术
   * asks too. `thread` lets the buyer's own details be confirmed back. Nothing is kept.
   */
  checkDraft: {
    data: z.object({ text: z.string().check(z.maxLength(5000)), thread: z.optional(threadSchema) }),
    result: z.array(wordingFindingSchema).check(z.maxLength(500)),
  },
  /** The send guard stopped a draft: one more for each rule that stopped it; no chat text is kept. */
  recordDraftHeld: {
    data: z.object({ ruleUids: z.array(z.string().check(z.minLength(3), z.maxLength(200))).check(z.minLength(1), z.maxLength(50)) }),
    result: z.object({ ok: z.literal(true) }),
  },
  /** 仍然发送: one more send of a draft this rule stopped; no chat text is kept. */
  recordSentAnyway: {
    data: z.object({ ruleUid: z.string().check(z.minLength(3), z.maxLength(200)) }),
    result: z.object({ ok: z.literal(true), sentAnyway: z.number().check(z.int(), z.gte(1)) }),
  },
  // ── Page UI styles (utils/page/page-ui-css.ts, served by utils/worker/serve-page-ui-css.ts) ──
  /**
   * The stylesheet of our UI on chat pages (bar, send guard, picker), for their shadow roots.
   * Asked of the worker instead of fetched by the page's content script, so the file needs to
   * be web-accessible to no site: custom sites get it too, and no page can probe for it.
   */
  getPageUiCss: { data: noData, result: z.string().check(z.maxLength(1_000_000)) },
  // ── Waiting queue (utils/schemas/waiting-queue.ts; names, clients and times only, never text) ──
  /** A chat tab's conversation list as its adapter reads it; the worker keeps the waiting ones. */
  reportConversationList: { data: conversationListReportSchema, result: z.object({ ok: z.literal(true) }) },
  /** The queue across every open client, longest wait first, levels computed now. */
  getWaitingQueue: { data: noData, result: waitingQueueViewSchema },
  /**
   * Alt+W on a chat page (and the manifest command): activate the tab and window of the
   * longest-waiting buyer and ask that page to open the conversation; with `site` and `key` (a row
   * of the popup's or the bar's queue), that buyer instead. `reason` when nothing opened.
   */
  openLongestWaiting: {
    data: z.optional(z.object({ site: z.string().check(z.maxLength(40)), key: z.string().check(z.minLength(1), z.maxLength(200)) })),
    result: z.object({ opened: z.boolean(), reason: z.optional(z.enum(['empty', 'tab-gone', 'row-not-found'])) }),
  },
  // ── end of waiting queue ──
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
      text: z.string().check(z.minLength(1), z.maxLength(2000)),
      phraseUid: z.string().check(z.minLength(1), z.maxLength(200)),
      category: z.string().check(z.minLength(1), z.maxLength(40)),
    }),
    result: z.extend(insertResultSchema, { text: z.string().check(z.maxLength(5000)) }),
  },
  // ── Products: the facts card (components/facts-card/) ──
  /**
   * Plain text, not a library phrase: a product fact the agent picked on the popup's facts
   * card. The page inserts it at the caret as written (no placeholders filled) through its one
   * insertion path, and counts no phrase use.
   */
  insertPlainText: {
    data: z.object({ text: z.string().check(z.minLength(1), z.maxLength(2000)) }),
    result: z.extend(insertResultSchema, { text: z.string().check(z.maxLength(5000)) }),
  },
  // ── end of products ──
  /** Wording checks: the draft in the reply box, for the popup's 检查话术 (utils/sites/read-draft.ts). */
  readDraft: { data: noData, result: pageDraftSchema },
  // ── Keyboard commands (utils/worker/listen-for-commands.ts, page side utils/page/requests/first-suggestion-request.ts) ──
  /**
   * The insert-first-suggestion shortcut: the page inserts its first suggestion for the thread
   * as it is now, exactly as Alt+1 on the in-page bar would (placeholders filled, use counted).
   */
  insertFirstSuggestion: { data: noData, result: firstSuggestionResultSchema },
  // ── end of keyboard commands ──
  // ── Waiting queue: open one conversation by clicking its row in the client's list (the only click the extension makes) ──
  openConversation: {
    data: z.object({ key: z.string().check(z.minLength(1), z.maxLength(200)) }),
    result: z.object({ opened: z.boolean() }),
  },
  // ── Page health (utils/page/page-health-monitor.ts): a stock client's page that stopped matching its adapter ──
  /** Whether the page still matches its client's adapter: the popup's 页面结构可能已变化. */
  readPageHealth: { data: noData, result: pageHealthSchema },
  /** 导出页面结构: the chat area's structure only (tags, ASCII classes and ids, attribute names), never text. */
  exportPageStructure: { data: noData, result: pageStructureExportSchema },
  // ── end of page health ──
  // ── Selector overrides: the console's 试一试 (utils/page/requests/try-site-override-request.ts) ──
  /**
   * Reads the open conversation with a draft override's lists in place of the adapter's own,
   * once, without changing the page's adapter; the selectors are checked like a pack's.
   */
  trySiteOverride: { data: z.object({ override: siteOverrideSchema }), result: siteOverrideTrialSchema },
} as const;

/** A table of requests: the schema of what each carries and of what it answers (zod or zod/mini). */
export type RequestTable = Record<string, { data: z.core.$ZodType; result: z.core.$ZodType }>;
/** The @webext-core protocol map derived from a request table. */
export type ProtocolOf<T extends RequestTable> = {
  [K in keyof T]: (data: z.input<T[K]['data']>) => z.output<T[K]['result']>;
};
export type PageProtocol = ProtocolOf<typeof pageRequests>;
