import type { UiLanguage } from '../schemas/settings';
import { en } from './messages/en';
import { zhCN, type MessageKey } from './messages/zh-CN';

export type { MessageKey } from './messages/zh-CN';

export const MESSAGES: Readonly<Record<UiLanguage, Readonly<Record<MessageKey, string>>>> = {
  'zh-CN': zhCN,
  en,
};

/** The `{name}` parameters written in a Chinese message, as a union of their names. */
type ParamNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;

export type MessageParams<K extends MessageKey> = Record<ParamNames<(typeof zhCN)[K]>, string | number>;

/** A key without parameters takes none; a key with `{name}`s must be given all of them. */
export type ParamsArgument<K extends MessageKey> = [ParamNames<(typeof zhCN)[K]>] extends [never]
  ? []
  : [params: MessageParams<K>];

const PARAMETER = /\{([^{}]+)\}/g;

/**
 * Fills `{name}` from params in one pass, so a value that itself contains braces (a buyer's
 * message, a phrase with {店铺名}) is shown as written and never interpolated again.
 */
export function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(PARAMETER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function t<K extends MessageKey>(lang: UiLanguage, key: K, ...params: ParamsArgument<K>): string {
  const template = MESSAGES[lang][key];
  const [values] = params;
  return values ? interpolate(template, values) : template;
}

/** The parameter names a template uses; the completeness test compares languages with it. */
export function parameterNames(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PARAMETER), (match) => match[1] ?? ''))].sort();
}
