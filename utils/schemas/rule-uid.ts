/** A stored wording rule's key: the same rule id may come from several packs. */
export function ruleUid(packId: string, ruleId: string): string {
  return `${packId}/${ruleId}`;
}
