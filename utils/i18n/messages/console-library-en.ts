import type { MessageKey } from './zh-CN';
import type { consoleLibraryZhCN } from './console-library-zh-CN';

/** English for console-library-zh-CN.ts; en.ts includes it in the full table. */
export const consoleLibraryEn = {} satisfies Record<keyof typeof consoleLibraryZhCN & MessageKey, string>;
