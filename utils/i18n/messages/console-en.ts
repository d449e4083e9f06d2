import { consoleImportEn } from './console-import-en';
import { consoleLibraryEn } from './console-library-en';
import { consoleProductsEn } from './console-products-en';
import { consoleSiteOverridesEn } from './console-site-overrides-en';
import { consoleSectionsEn } from './console-sections-en';
import { consoleTeamEn } from './console-team-en';
import { consoleResponseEn } from './console-response-en';
import type { ConsoleMessageKey } from './console-zh-CN';

/** English for console-zh-CN.ts: a key missing here is a compile error, not a blank label. */
export const consoleEn = {
  ...consoleLibraryEn,
  ...consoleImportEn,
  ...consoleTeamEn,
  ...consoleSectionsEn,
  ...consoleProductsEn,
  ...consoleResponseEn,
  ...consoleSiteOverridesEn,
} satisfies Record<ConsoleMessageKey, string>;
