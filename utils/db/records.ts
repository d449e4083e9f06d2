import { z } from 'zod';
// The schemas extended here are zod/mini ones (chat pages parse them too): extended with its functions.
import { extend, safeExtend } from 'zod/mini';
import { categorySchema } from '../schemas/category';
import { installedPackSchema, packIdSchema } from '../schemas/installed-pack';
import { libraryPhraseSchema } from '../schemas/phrase';
import { libraryProductSchema } from '../schemas/product';
import { DRAFT_CHANGE_LIMIT, draftChangeSchema } from '../schemas/team-draft';
import { wordingRuleSchema } from '../schemas/risky-wording-rule';

/**
 * What each table of the library database holds. Rows read back are parsed with these schemas:
 * the database outlives any one build, and another context (or a newer build) may have written it.
 */

export const storedPhraseSchema = extend(libraryPhraseSchema, {
  /** Where the phrase stood in its pack file, so an export lists phrases in the lead's order. */
  position: z.number().int().min(0).optional(),
});
export type StoredPhrase = z.infer<typeof storedPhraseSchema>;

export const storedCategorySchema = extend(categorySchema, {
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
  /** What the agent did next with the insertion, when the page saw it (utils/usage/insertion-outcome.ts). */
  sentUnchanged: z.number().int().min(0).optional(),
  edited: z.number().int().min(0).optional(),
  deleted: z.number().int().min(0).optional(),
});
export type UsageRecord = z.infer<typeof usageRecordSchema>;

export { DEFAULT_RULES_PACK_ID, LOCAL_RULES_PACK_ID } from '../schemas/rule-uid';

/**
 * `active`: checked in every draft. `pending-review`: an agent's flag, checked at once (always as
 * `warn`) until the lead approves or rejects it. `rejected`: kept so the flag is not raised again
 * and so a lead can switch a shipped rule off; never checked.
 */
export const RULE_STATUSES = ['active', 'pending-review', 'rejected'] as const;
export const ruleStatusSchema = z.enum(RULE_STATUSES, {
  error: `规则状态只能是 ${RULE_STATUSES.join(' / ')} 之一，例如 "active" / rule status must be one of ${RULE_STATUSES.join(', ')}`,
});
export type RuleStatus = z.infer<typeof ruleStatusSchema>;

/** A parsed wording rule plus where it came from and whether the lead accepted it. `uid` is `${packId}/${id}`. */
export const storedWordingRuleSchema = safeExtend(wordingRuleSchema, {
  uid: z.string().min(3).max(200),
  packId: z.string().min(1).max(64),
  status: ruleStatusSchema,
  /** Set by the pack that carries the rule: agents cannot switch it off or change it. */
  locked: z.boolean(),
  createdAt: z.number(),
  note: z.string().max(500).optional(),
});
export type StoredWordingRule = z.infer<typeof storedWordingRuleSchema>;

/** An agent's own wording of a pack phrase; the pack's text stays in `phrases`, this wins when loading. */
export const phraseOverrideSchema = z.object({
  uid: z.string().min(3).max(200),
  text: z.string().min(1).max(500),
  updatedAt: z.number(),
});
export type PhraseOverride = z.infer<typeof phraseOverrideSchema>;

export const favouriteSchema = z.object({
  uid: z.string().min(3).max(200),
  category: z.string().max(40),
  pinnedAt: z.number(),
});
export type Favourite = z.infer<typeof favouriteSchema>;

/**
 * Per rule: how often the send guard stopped a draft for it (`held`; rows from before it was
 * counted lack it) and how often the agent sent such a draft anyway (仍然发送). Not indexed:
 * adding `held` needed no new database version.
 */
export const ruleStatsSchema = z.object({
  ruleUid: z.string().min(3).max(200),
  sentAnyway: z.number().int().min(0),
  held: z.number().int().min(0).optional(),
  lastAt: z.number(),
});
export type RuleStats = z.infer<typeof ruleStatsSchema>;

/**
 * A team lead's draft of a team pack: the changes since the installed version, applied in order
 * (utils/team-draft/). `baseVersion` is the installed version the draft was started from.
 */
export const teamDraftSchema = z.object({
  packId: packIdSchema,
  baseVersion: z.string().min(1).max(40),
  changes: z.array(draftChangeSchema).max(DRAFT_CHANGE_LIMIT, {
    error: `一份草稿最多 ${DRAFT_CHANGE_LIMIT} 次修改；请先发布新版本 / a draft holds at most ${DRAFT_CHANGE_LIMIT} changes; publish first`,
  }),
  updatedAt: z.number(),
});
export type TeamDraft = z.infer<typeof teamDraftSchema>;

/**
 * A product an installed pack carries (format 3). Read leniently like phrases (a newer build may
 * have stored a field this one does not know); `position` keeps the lead's order for exports.
 */
export const storedProductSchema = extend(libraryProductSchema, {
  position: z.number().int().min(0).optional(),
});
export type StoredProduct = z.infer<typeof storedProductSchema>;

export const metaRecordSchema = z.discriminatedUnion('key', [
  /** Changes in every transaction that writes the library; in-memory indexes compare it. */
  z.object({ key: z.literal('libraryVersion'), value: z.string().min(1) }),
  /** The lead removed the default pack on purpose; seeding must not bring it back. */
  z.object({ key: z.literal('defaultPackRemoved'), value: z.boolean() }),
  /** When the first-install seeding ran (epoch ms); seeding happens at most once. */
  z.object({ key: z.literal('seededAt'), value: z.number() }),
  /** The version of the shipped wording rule set (defaultWordingRuleSet) installed as packId 'default-rules'; a new one re-seeds. */
  z.object({ key: z.literal('defaultWordingRulesVersion'), value: z.string().min(1) }),
]);
export type MetaRecord = z.infer<typeof metaRecordSchema>;
export type MetaKey = MetaRecord['key'];
type MetaValues = { [R in MetaRecord as R['key']]: R['value'] };
export type MetaValue<K extends MetaKey> = MetaValues[K];
