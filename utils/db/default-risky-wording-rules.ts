import type { EntityTable } from 'dexie';
import { DEFAULT_RULES_PACK_ID, storedWordingRuleSchema, type MetaRecord, type StoredWordingRule } from './records';
import { defaultWordingRuleSet } from '../risky-wording/default-rules';
import { ruleUid } from '../schemas/rule-uid';

/**
 * Puts the shipped wording rules (phrases/risky-wording-rules.json) into the rules table as pack
 * 'default-rules' and records which version that was. Rules the new set dropped go; a rule the
 * lead switched off (status 'rejected') stays off under the new version. Takes the tables rather
 * than the database so the v2 upgrade (which only has its transaction) can call it too; callers
 * own the transaction. It lives with the database, not the library, because the upgrade needs it
 * and the database layer sits below the library.
 */
export async function putDefaultWordingRules(
  rules: EntityTable<StoredWordingRule, 'uid'>,
  meta: EntityTable<MetaRecord, 'key'>,
  now: number,
): Promise<void> {
  const installed = await rules.where('packId').equals(DEFAULT_RULES_PACK_ID).toArray();
  const previous = new Map(installed.map((row) => [row.uid, row]));
  const shipped = defaultWordingRuleSet();
  const rows = shipped.rules.map((rule): StoredWordingRule => {
    const uid = ruleUid(DEFAULT_RULES_PACK_ID, rule.id);
    const before = storedWordingRuleSchema.safeParse(previous.get(uid));
    return {
      ...rule,
      uid,
      packId: DEFAULT_RULES_PACK_ID,
      status: before.success && before.data.status === 'rejected' ? 'rejected' : 'active',
      // A shipped rule's own `locked` means "a lead may switch it off but not rewrite it":
      // nobody can rewrite shipped rules here, and switching off stays possible.
      locked: false,
      createdAt: before.success ? before.data.createdAt : now,
    };
  });
  const kept = new Set(rows.map((row) => row.uid));
  await rules.bulkDelete(installed.map((row) => row.uid).filter((uid) => !kept.has(uid)));
  await rules.bulkPut(rows);
  await meta.put({ key: 'defaultWordingRulesVersion', value: shipped.version });
}
