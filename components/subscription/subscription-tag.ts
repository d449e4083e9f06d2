import type { SUBSCRIPTION_STATUSES } from '../../utils/schemas/subscription-state';

/** Green: the pack is current; orange: an update waits for 应用更新; red: the check failed. */
export const SUBSCRIPTION_TAG_COLOR = {
  never: 'default',
  unchanged: 'green',
  pending: 'orange',
  applied: 'green',
  'up-to-date': 'green',
  error: 'red',
} as const satisfies Record<(typeof SUBSCRIPTION_STATUSES)[number], string>;
