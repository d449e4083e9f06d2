/**
 * READY (schema v2 landed): the wording rules as the library stores them. The send guard and
 * the wording UI code against this file:
 *   seedDefaultWordingRules(db)        shipped rules as pack 'default-rules'; re-seeds on a new version
 *   activeWordingRules(db)             what every draft is checked against (rows carry `uid`)
 *   addFlaggedRule(db, {term, reason, category})   an agent's flag, checked at once as `warn`
 *   listFlaggedRules(db)               every local flag, oldest first, any status
 *   recordSentAnyway(db, ruleUid)      one more 仍然发送 for that rule
 *   setRuleStatus(db, uid, status)     the lead approves ('active') or rejects ('rejected')
 */
import { z } from 'zod';
import type { LibraryDb } from '../db/library-db';
import { readMeta } from '../db/meta';
import {
  LOCAL_RULES_PACK_ID,
  ruleStatsSchema,
  storedWordingRuleSchema,
  type RuleStats,
  type RuleStatus,
  type StoredWordingRule,
} from '../db/records';
import { wordingCategorySchema, type WordingCategory } from '../schemas/risky-wording-rule';
import { compileRules, WordingRulesError, type CompiledWordingRules } from '../risky-wording/compile-rules';
import { DEFAULT_WORDING_RULES_VERSION } from '../risky-wording/default-rules';
import { shortHash } from '../packs/short-hash';
import { putDefaultWordingRules } from '../db/default-risky-wording-rules';
import { parseRows } from './parse-rows';
import { ruleUid } from '../schemas/rule-uid';
import { writeLibrary } from './write-library';

/**
 * Installs the shipped rules when this library has not got this version of them yet (a new
 * install, or an update that ships a new rule set). Cheap after the first call: one meta read.
 * Answers whether it wrote anything.
 */
export async function seedDefaultWordingRules(db: LibraryDb, now: number = Date.now()): Promise<boolean> {
  if (await hasShippedWordingRules(db)) return false;
  return writeLibrary(db, async () => {
    // Checked again inside the transaction: another context may have seeded meanwhile.
    if (await hasShippedWordingRules(db)) return false;
    await putDefaultWordingRules(db.rules, db.meta, now);
    return true;
  });
}

/** Whether the library holds the version of the shipped rules this build carries (one meta read). */
export async function hasShippedWordingRules(db: LibraryDb): Promise<boolean> {
  return (await readMeta(db, 'defaultWordingRulesVersion')) === DEFAULT_WORDING_RULES_VERSION;
}

/**
 * The rules every draft is checked against: active rules of every source, plus agents' flags
 * still waiting for review (always as `warn`: an unreviewed flag may not block anyone). Never
 * rejected ones. Each row keeps its `uid`, which `recordSentAnyway` takes.
 */
export async function activeWordingRules(db: LibraryDb): Promise<StoredWordingRule[]> {
  await seedDefaultWordingRules(db);
  return selectActiveRules(await readAllRules(db));
}

/** The active subset of already-read rule rows (for callers that read them inside their own transaction). */
export function selectActiveRules(rows: readonly StoredWordingRule[]): StoredWordingRule[] {
  return rows.flatMap((rule): StoredWordingRule[] => {
    if (rule.status === 'active') return [rule];
    if (rule.status === 'pending-review' && rule.packId === LOCAL_RULES_PACK_ID) return [{ ...rule, severity: 'warn' }];
    return [];
  });
}

/**
 * The rules that compile, compiled. A stored rule that no longer compiles (written by another
 * build) is left out with a warning rather than switching every check off.
 */
export function usableRules(rows: readonly StoredWordingRule[]): { rows: StoredWordingRule[]; compiled: CompiledWordingRules } {
  try {
    return { rows: [...rows], compiled: compileRules(rows) };
  } catch (error) {
    if (!(error instanceof WordingRulesError)) throw error;
    const usable = rows.filter((rule) => {
      try {
        compileRules([rule]);
        return true;
      } catch {
        return false;
      }
    });
    console.warn(`[话术助手] skipped ${rows.length - usable.length} wording rule(s) that do not compile: ${error.problems[0] ?? ''}`);
    return { rows: usable, compiled: compileRules(usable) };
  }
}

export function compileUsableRules(rows: readonly StoredWordingRule[]): CompiledWordingRules {
  return usableRules(rows).compiled;
}

export async function readAllRules(db: LibraryDb): Promise<StoredWordingRule[]> {
  const rows = parseRows('rules', await db.rules.toArray(), storedWordingRuleSchema);
  return rows.sort((a, b) => a.uid.localeCompare(b.uid));
}

const flagInputSchema = z.object({
  term: z
    .string()
    .trim()
    .min(1, { error: '请写出要标记的词，例如 "加我微信" / write the wording to flag, e.g. "加我微信"' })
    .max(80, { error: '标记的词最长 80 个字符 / a flagged term is at most 80 characters' }),
  reason: z
    .string()
    .trim()
    .min(1, { error: '请写明原因，例如 "站外引流，会被平台处罚" / give a reason, e.g. "moves the buyer off the platform"' })
    .max(400, { error: '原因最长 400 个字符 / a reason is at most 400 characters' }),
  category: wordingCategorySchema,
});
export type FlagInput = { term: string; reason: string; category: WordingCategory };

/** A flag that cannot become a rule; the message says what to write instead. */
export class FlagInputError extends Error {
  override readonly name = 'FlagInputError';
}

const FLAG_ALTERNATIVE = {
  'zh-CN': '这条说法已被同事标记，待主管审核；请换一种说法。',
  en: 'A colleague flagged this wording and the team lead has not reviewed it yet; please rephrase.',
} as const;

/**
 * An agent marks wording as risky. It is checked at once (as `warn`) on this browser, and waits
 * for the lead's review in the agent report. Flagging a term already flagged returns that flag,
 * reopened for review if the lead had rejected it. Throws FlagInputError (or WordingRulesError for
 * a term made only of symbols) before anything is written.
 */
export async function addFlaggedRule(db: LibraryDb, input: FlagInput, now: number = Date.now()): Promise<StoredWordingRule> {
  const parsed = flagInputSchema.safeParse(input);
  if (!parsed.success) throw new FlagInputError(parsed.error.issues.map((issue) => issue.message).join('\n'));
  const flag = parsed.data;
  const id = flagRuleId(flag.term);
  const row = storedWordingRuleSchema.parse({
    id,
    category: flag.category,
    severity: 'warn',
    terms: [flag.term],
    reason: { 'zh-CN': flag.reason, en: flag.reason },
    alternative: FLAG_ALTERNATIVE,
    uid: ruleUid(LOCAL_RULES_PACK_ID, id),
    packId: LOCAL_RULES_PACK_ID,
    status: 'pending-review',
    locked: false,
    createdAt: now,
    note: flag.reason,
  });
  // Compiling checks what the schema cannot: the term must still say something after normalising.
  compileRules([row]);
  return writeLibrary(db, async () => {
    const existing = storedWordingRuleSchema.safeParse(await db.rules.get(row.uid));
    if (existing.success && existing.data.status !== 'rejected') return existing.data;
    await db.rules.put(row);
    return row;
  });
}

/** The id of the local rule a flagged term becomes: the same term always gives the same id. */
export function flagRuleId(term: string): string {
  return `flag-${shortHash(term)}`;
}

/** Every rule agents flagged on this browser, oldest first, whatever the lead decided. */
export async function listFlaggedRules(db: LibraryDb): Promise<StoredWordingRule[]> {
  const rows = parseRows('rules', await db.rules.where('packId').equals(LOCAL_RULES_PACK_ID).toArray(), storedWordingRuleSchema);
  return rows.sort((a, b) => a.createdAt - b.createdAt || a.uid.localeCompare(b.uid));
}

/**
 * Counts one 仍然发送 (the agent sent a flagged draft anyway) for the lead's report. A statistic
 * like the usage counts, not library content: it does not bump the library version, so it never
 * makes the suggestion index rebuild.
 */
export async function recordSentAnyway(db: LibraryDb, ruleUidToCount: string, now: number = Date.now()): Promise<RuleStats> {
  const key = z.string().min(3).max(200).parse(ruleUidToCount);
  return db.transaction('rw', db.ruleStats, async () => {
    const previous = ruleStatsSchema.safeParse(await db.ruleStats.get(key));
    // Spread: the row also keeps the stopped-draft count (record-draft-held.ts).
    const row: RuleStats = previous.success ? { ...previous.data, sentAnyway: previous.data.sentAnyway + 1, lastAt: now } : { ruleUid: key, sentAnyway: 1, lastAt: now };
    await db.ruleStats.put(row);
    return row;
  });
}

export async function readRuleStats(db: LibraryDb): Promise<RuleStats[]> {
  return parseRows('ruleStats', await db.ruleStats.toArray(), ruleStatsSchema).sort((a, b) => a.ruleUid.localeCompare(b.ruleUid));
}

/** A rule a pack locked cannot be switched off, and a change to a rule that is not there is refused. */
export class RuleStatusError extends Error {
  override readonly name = 'RuleStatusError';
}

/**
 * The lead's decision on a rule: 'active' approves a flag (or switches a rule back on),
 * 'rejected' rejects a flag or switches a rule off. Locked rules stay active.
 */
export async function setRuleStatus(db: LibraryDb, uid: string, status: RuleStatus): Promise<StoredWordingRule> {
  return writeLibrary(db, async () => {
    const parsed = storedWordingRuleSchema.safeParse(await db.rules.get(uid));
    if (!parsed.success) {
      throw new RuleStatusError(`没有这条规则："${uid}"；规则的 uid 形如 "local/flag-1a2b3c4d" / no rule "${uid}"`);
    }
    const rule = parsed.data;
    if (rule.locked && status !== 'active') {
      throw new RuleStatusError(
        `规则 "${rule.uid}" 已被话术包锁定，不能停用；请由主管在话术包的新版本里修改 / rule "${rule.uid}" is locked by its pack and cannot be switched off; change it in the pack's next version`,
      );
    }
    const updated: StoredWordingRule = { ...rule, status };
    await db.rules.put(updated);
    return updated;
  });
}
