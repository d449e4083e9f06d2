/** Where a stored wording rule came from: a pack's id, or one of these two. */
export const DEFAULT_RULES_PACK_ID = 'default-rules';
export const LOCAL_RULES_PACK_ID = 'local';

/** A stored wording rule's key: the same rule id may come from several packs. */
export function ruleUid(packId: string, ruleId: string): string {
  return `${packId}/${ruleId}`;
}
