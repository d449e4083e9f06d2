import type { UiLanguage } from '../schemas/settings';
import { interpolate } from './interpolate';
import type { ConsoleMessageKey, consoleZhCN } from './messages/console-zh-CN';
import { en } from './messages/en';
import { zhCN, type CoreMessageKey } from './messages/zh-CN';

export { interpolate, parameterNames } from './interpolate';

/** Every key of the UI: the table every page loads, and the console's (added when it loads). */
export type MessageKey = CoreMessageKey | ConsoleMessageKey;
type AllZhCN = typeof zhCN & typeof consoleZhCN;

export const MESSAGES: Readonly<Record<UiLanguage, Readonly<Record<CoreMessageKey, string>>>> = {
  'zh-CN': zhCN,
  en,
};

/**
 * The console's words (utils/i18n/console-messages.ts adds them when a console component loads):
 * kept out of MESSAGES so the popup, which shares this module, does not carry them.
 */
const ADDED: Record<UiLanguage, Record<string, string>> = { 'zh-CN': {}, en: {} };

export function addMessages(tables: Readonly<Record<UiLanguage, Readonly<Record<string, string>>>>): void {
  Object.assign(ADDED['zh-CN'], tables['zh-CN']);
  Object.assign(ADDED.en, tables.en);
}

/** The `{name}` parameters written in a Chinese message, as a union of their names. */
type ParamNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;

export type MessageParams<K extends MessageKey> = Record<ParamNames<AllZhCN[K]>, string | number>;

/** A key without parameters takes none; a key with `{name}`s must be given all of them. */
export type ParamsArgument<K extends MessageKey> = [ParamNames<AllZhCN[K]>] extends [never] ? [] : [params: MessageParams<K>];

export function t<K extends MessageKey>(lang: UiLanguage, key: K, ...params: ParamsArgument<K>): string {
  const core: Readonly<Record<string, string>> = MESSAGES[lang];
  // A console key read where the console's table was never added shows as the key: a visible bug, not a crash.
  const template = core[key] ?? ADDED[lang][key] ?? key;
  const [values] = params;
  return values ? interpolate(template, values) : template;
}
