import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_SETTINGS, type UiLanguage } from '../../utils/schemas/settings';
import { loadSettings, saveSettings, watchSettings } from '../../utils/settings/settings-store';
import { t as translate, type MessageKey, type ParamsArgument } from '../../utils/i18n/translate';

export interface I18n {
  lang: UiLanguage;
  t: <K extends MessageKey>(key: K, ...params: ParamsArgument<K>) => string;
  /** Saves the choice in settings, so every open page (popup, demo, in-page helper) follows it. */
  setLanguage: (lang: UiLanguage) => Promise<void>;
}

function i18nFor(lang: UiLanguage, setLanguage: I18n['setLanguage']): I18n {
  return { lang, t: (key, ...params) => translate(lang, key, ...params), setLanguage };
}

async function saveLanguage(lang: UiLanguage): Promise<void> {
  await saveSettings({ language: lang });
}

// Without a provider (a component rendered on its own, e.g. in a test) the UI speaks Chinese.
const I18nContext = createContext<I18n>(i18nFor(DEFAULT_SETTINGS.language, saveLanguage));

export function I18nProvider({ children, initialLanguage }: { children: ReactNode; initialLanguage?: UiLanguage }) {
  const [lang, setLang] = useState<UiLanguage>(initialLanguage ?? DEFAULT_SETTINGS.language);

  useEffect(() => {
    let chosenMeanwhile = false;
    const stopWatching = watchSettings((settings) => {
      chosenMeanwhile = true;
      setLang(settings.language);
    });
    void loadSettings().then((settings) => {
      if (!chosenMeanwhile) setLang(settings.language);
    });
    return stopWatching;
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo(
    () =>
      i18nFor(lang, async (next) => {
        setLang(next);
        await saveLanguage(next);
      }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
