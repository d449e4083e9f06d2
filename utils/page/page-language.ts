import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { UiLanguage } from '../schemas/settings';
import { loadSettings, watchSettings } from '../settings/settings-store';
import { logQuietly, runQuietly } from './quiet-errors';

/**
 * The agent's UI language for our UI on a seller's page: the saved setting now, and each change
 * of it after (the popup's language switch), until the content script ends. Not I18nProvider:
 * it writes `<html lang>`, which on a seller's page is the page's.
 */
export function followUiLanguage(ctx: ContentScriptContext, where: string, onLanguage: (lang: UiLanguage) => void): void {
  let changedMeanwhile = false;
  const stopWatching = watchSettings((settings) => {
    changedMeanwhile = true;
    onLanguage(settings.language);
  });
  ctx.onInvalidated(() => runQuietly(`${where} settings watch`, stopWatching));
  void loadSettings()
    .then((settings) => {
      if (!changedMeanwhile) onLanguage(settings.language);
    })
    .catch((error: unknown) => logQuietly(`${where} settings`, error));
}
