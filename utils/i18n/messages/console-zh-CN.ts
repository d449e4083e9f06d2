import { consoleImportZhCN } from './console-import-zh-CN';
import { consoleLibraryZhCN } from './console-library-zh-CN';
import { consoleProductsZhCN } from './console-products-zh-CN';
import { consoleSiteOverridesZhCN } from './console-site-overrides-zh-CN';
import { consoleSectionsZhCN } from './console-sections-zh-CN';
import { consoleTeamZhCN } from './console-team-zh-CN';
import { consoleResponseZhCN } from './console-response-zh-CN';

/**
 * The lead's console's words (the options page only), one file per page group. A table of its
 * own so that the popup, which shares zh-CN.ts, never carries them: translate.ts looks here once
 * utils/i18n/console-messages.ts has added them, which only the console's components import.
 */
export const consoleZhCN = {
  ...consoleLibraryZhCN,
  ...consoleImportZhCN,
  ...consoleTeamZhCN,
  ...consoleSectionsZhCN,
  ...consoleProductsZhCN,
  ...consoleResponseZhCN,
  ...consoleSiteOverridesZhCN,
} as const;

export type ConsoleMessageKey = keyof typeof consoleZhCN;
