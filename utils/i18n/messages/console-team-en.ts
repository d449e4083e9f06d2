import type { MessageKey } from './zh-CN';
import type { consoleTeamZhCN } from './console-team-zh-CN';

/** English for console-team-zh-CN.ts; en.ts includes it in the full table. */
export const consoleTeamEn = {} satisfies Record<keyof typeof consoleTeamZhCN & MessageKey, string>;
