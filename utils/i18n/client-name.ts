import type { UiLanguage } from '../schemas/settings';
import { PAGE_MESSAGES, type PageMessageKey } from './page-translate';

/**
 * A client's name as the settings and the waiting queue show it (`site.pinduoduo` →
 * 拼多多商家客服); a client without one (a lead's custom site) goes by its id.
 */
export function clientName(lang: UiLanguage, site: string): string {
  const key = `site.${site}`;
  return key in PAGE_MESSAGES[lang] ? PAGE_MESSAGES[lang][key as PageMessageKey] : site;
}
