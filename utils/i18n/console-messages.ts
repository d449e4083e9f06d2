import { consoleEn } from './messages/console-en';
import { consoleZhCN } from './messages/console-zh-CN';
import { addMessages } from './translate';

/**
 * Imported for its effect by the console's components (components/console/use-console-i18n.ts):
 * the console's words join the table `t()` reads, in the options page's bundle only.
 */
addMessages({ 'zh-CN': consoleZhCN, en: consoleEn });
