import { uiLanguageSchema, type UiLanguage } from '../schemas/settings';

/** Languages the UI offers, in the order the switch shows them (Chinese first). */
export const UI_LANGUAGES: readonly UiLanguage[] = uiLanguageSchema.options;
