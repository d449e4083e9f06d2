import type { MessageKey } from './zh-CN';
import type { consoleSectionsZhCN } from './console-sections-zh-CN';

/** English for console-sections-zh-CN.ts; en.ts includes it in the full table. */
export const consoleSectionsEn = {} satisfies Record<keyof typeof consoleSectionsZhCN & MessageKey, string>;
