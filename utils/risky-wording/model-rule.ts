/**
 * The rule the model checks belong to: the tone check (tone-check.ts) and the risk check
 * (risk-check.ts) run while it is active and their findings carry its id, so a lead switches both
 * off by switching it off, like any rule. Its own terms are ordinary `warn` terms.
 */
export const MODEL_RULE_ID = 'model-check';
