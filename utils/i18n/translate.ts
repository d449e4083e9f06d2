import type { UiLanguage } from '../schemas/settings';
import { interpolate } from './interpolate';
import { en } from './messages/en';
import { zhCN, type MessageKey } from './messages/zh-CN';

export type { MessageKey } from './messages/zh-CN';
export { interpolate, parameterNames } from './interpolate';

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

export function t<K extends MessageKey>(lang: UiLanguage, key: K, ...params: ParamsArgument<K>): string {
  const template = MESSAGES[lang][key];
  const [values] = params;
  return values ? interpolate(template, values) : template;
}
