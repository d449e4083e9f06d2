import { UI_LANGUAGES } from '../../utils/i18n/languages';
import { useI18n } from '../i18n/i18n-provider';
import './language-switch.css';

/** 中文 / English; the choice is saved in settings, so every page of the extension follows it. */
export function LanguageSwitch() {
  const { t, lang, setLanguage } = useI18n();
  return (
    <div className="hs-language-switch" role="group" aria-label={t('language.label')} data-testid="language-switch">
      {UI_LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="hs-language-switch__option"
          aria-pressed={lang === option}
          data-language={option}
          onClick={() => void setLanguage(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  );
}
