import type { UiLanguage } from '../schemas/settings';
import { interpolate } from './interpolate';
import { pageEn } from './messages/page-en';
import { pageZhCN, type PageMessageKey } from './messages/page-zh-CN';
import type { ParamsArgument } from './translate';

export type { PageMessageKey } from './messages/page-zh-CN';

/** The chat page UI's strings in both languages: all the content script carries of the UI text. */
export const PAGE_MESSAGES: Readonly<Record<UiLanguage, Readonly<Record<PageMessageKey, string>>>> = {
  'zh-CN': pageZhCN,
  en: pageEn,
};

/**
 * `t()` (translate.ts) for the components of our UI on a chat page and what they share with the
 * popup and the demo page (the wording findings, the send guard, the shortcut picker): the same
 * messages, from the page's own part of the tables.
 */
export function t<K extends PageMessageKey>(lang: UiLanguage, key: K, ...params: ParamsArgument<K>): string {
  const template = PAGE_MESSAGES[lang][key];
  const [values] = params;
  return values ? interpolate(template, values) : template;
}
