import { z } from 'zod/mini';

/*
 * The waiting-buyer queue: who is waiting for a reply, in which client, since when. Names,
 * clients and times only — never a word of the conversation. In zod/mini: chat pages parse
 * these (they report their conversation lists and show the queue in the bar).
 */

const SITE_ID = /^[a-z][a-z0-9-]{0,39}$/;
const siteIdSchema = z.string().check(z.regex(SITE_ID, { error: '平台 id 只能用小写字母、数字和连字符，例如 "pinduoduo" / site id: lowercase letters, digits and hyphens' }));

/**
 * How a client's page said that a buyer is waiting, strongest first: the client's own waiting or
 * overdue group (飞鸽 待回复/已超时, 快手 请在3分钟内回复/已超时), its unreplied marker (拼多多), an unread
 * badge, or — for the open conversation only — a last message from the buyer.
 */
export const WAITING_SOURCES = ['client-group', 'client-marker', 'unread-badge', 'last-message'] as const;
export const waitingSourceSchema = z.enum(WAITING_SOURCES);
export type WaitingSource = z.infer<typeof waitingSourceSchema>;

/**
 * One row of a client's conversation list as the adapter reads it. `key` identifies the
 * conversation within the client (the buyer id where the page shows one, else the nickname as the
 * row shows it) and is what opening the conversation looks for again; `name` is what the agent
 * sees. `since`: when the buyer's unanswered message arrived, in epoch ms, only when the page shows
 * a time (else the worker uses when it first saw the buyer waiting).
 */
export const conversationListEntrySchema = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  name: z.string().check(z.maxLength(100)),
  waiting: z.boolean(),
  source: z.optional(waitingSourceSchema),
  since: z.optional(z.number().check(z.gte(0))),
  /** Whether this row is the conversation open on the page. */
  open: z.optional(z.boolean()),
});
export type ConversationListEntry = z.infer<typeof conversationListEntrySchema>;

/** What a chat tab reports: its client and every conversation its list shows (waiting or not). */
export const conversationListReportSchema = z.object({
  site: siteIdSchema,
  entries: z.array(conversationListEntrySchema).check(z.maxLength(500)),
});
export type ConversationListReport = z.infer<typeof conversationListReportSchema>;

/**
 * A waiting buyer as the worker keeps them (session storage, so a restarted worker keeps the
 * queue): which tab and window show them, and since when. `sinceFrom`: the page's own time, or the
 * moment the extension first saw the buyer waiting (an unread count that resets on opening does not
 * reset the wait).
 */
export const queuedBuyerSchema = z.object({
  site: siteIdSchema,
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  name: z.string().check(z.maxLength(100)),
  tabId: z.number().check(z.int()),
  windowId: z.number().check(z.int()),
  since: z.number().check(z.gte(0)),
  sinceFrom: z.enum(['page', 'first-seen']),
  source: waitingSourceSchema,
});
export type QueuedBuyer = z.infer<typeof queuedBuyerSchema>;

/** How urgent a wait is against the client's threshold: amber from 50 %, red from 80 %. */
export const WAIT_LEVELS = ['ok', 'amber', 'red'] as const;
export const waitLevelSchema = z.enum(WAIT_LEVELS);
export type WaitLevel = z.infer<typeof waitLevelSchema>;

/** The queue as the bar and the popup show it, computed from stored times when it is read. */
export const waitingQueueViewSchema = z.object({
  /** Longest wait first. */
  buyers: z.array(
    z.extend(queuedBuyerSchema, {
      waitedMs: z.number().check(z.gte(0)),
      thresholdSeconds: z.number().check(z.gte(1)),
      level: waitLevelSchema,
    }),
  ).check(z.maxLength(2000)),
  /** Buyers past 50 % of their client's threshold: what the action badge counts. */
  pastHalf: z.number().check(z.int(), z.gte(0)),
  now: z.number(),
});
export type WaitingQueueView = z.infer<typeof waitingQueueViewSchema>;

const THRESHOLD_RULE = '回复时限是 1 到 86400 之间的整数秒，例如 180 / a reply window is a whole number of seconds from 1 to 86400, e.g. 180';
export const thresholdSecondsSchema = z.number({ error: THRESHOLD_RULE }).check(z.int({ error: THRESHOLD_RULE }), z.gte(1, { error: THRESHOLD_RULE }), z.lte(86_400, { error: THRESHOLD_RULE }));

/**
 * Each client's reply window by default, from public accounts of the platforms' rules (not official
 * texts, so the agent can change them per client): 淘宝/天猫 3 minutes, 飞鸽 3 minutes, 京东 30 seconds,
 * 拼多多 3 minutes (its shorter window), 快手 3 minutes (its own 请在3分钟内回复 group). A client not
 * listed (the demo, a custom site) uses `DEFAULT_WAIT_THRESHOLD_SECONDS`.
 */
export const DEFAULT_WAIT_THRESHOLDS: Readonly<Record<string, number>> = Object.freeze({
  qianniu: 180,
  feige: 180,
  'jd-dongdong': 30,
  pinduoduo: 180,
  kuaishou: 180,
});
export const DEFAULT_WAIT_THRESHOLD_SECONDS = 180;

/**
 * One client's response figures for one local day: numbers only. `firstReplyMs` holds each first
 * reply's wait (capped, newest kept) so the median and the slowest can be read back; `withinWindow`
 * counts those within the client's threshold at the time.
 */
export const responseDaySchema = z.object({
  day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  site: siteIdSchema,
  replies: z.number().check(z.int(), z.gte(0)),
  withinWindow: z.number().check(z.int(), z.gte(0)),
  firstReplyMs: z.array(z.number().check(z.gte(0))).check(z.maxLength(2000)),
});
export type ResponseDay = z.infer<typeof responseDaySchema>;

/** A day's figures as the console chart and the lead's report carry them. */
export const responseSummarySchema = z.object({
  day: z.string(),
  site: siteIdSchema,
  replies: z.number(),
  withinWindow: z.number(),
  medianFirstReplyMs: z.nullable(z.number()),
  slowestFirstReplyMs: z.nullable(z.number()),
});
export type ResponseSummary = z.infer<typeof responseSummarySchema>;
