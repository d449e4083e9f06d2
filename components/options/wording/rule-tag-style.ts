import type { WordingRuleTag } from '../../../utils/library/wording-rule-tag';

/** Colours a lead knows from the back offices: orange waits, green is in force, red was turned down. */
export const RULE_TAG_COLOR = {
  pending: 'orange',
  active: 'green',
  rejected: 'red',
  disabled: 'default',
} as const satisfies Record<WordingRuleTag, string>;

export const RULE_TAG_LABEL = {
  pending: 'console.sections.wording.tag.pending',
  active: 'console.sections.wording.tag.active',
  rejected: 'console.sections.wording.tag.rejected',
  disabled: 'console.sections.wording.tag.disabled',
} as const satisfies Record<WordingRuleTag, string>;
