import type { MessageKey } from './zh-CN';
import type { consoleImportZhCN } from './console-import-zh-CN';

/** English for console-import-zh-CN.ts; en.ts includes it in the full table. */
export const consoleImportEn = {} satisfies Record<keyof typeof consoleImportZhCN & MessageKey, string>;
