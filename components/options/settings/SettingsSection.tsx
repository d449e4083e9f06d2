import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-provider';
import { UI_LANGUAGES } from '../../../utils/i18n/languages';
import { settingsSchema, type Settings } from '../../../utils/schemas/settings';
import { CLIENT_SITE_IDS } from '../../../utils/sites/client-sites';
import { loadSettings, saveSettings } from '../../../utils/settings/settings-store';

/** 设置: what fills {店铺名} (for every client, or one client) / {客服名}, the UI language and how many suggestions to show. */
export function SettingsSection() {
  const { t } = useI18n();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!settings) return;
    const checked = settingsSchema.safeParse(settings);
    if (!checked.success) {
      setMessage({ kind: 'error', text: checked.error.issues.map((issue) => issue.message).join('\n') });
      return;
    }
    setSettings(await saveSettings(checked.data));
    setMessage({ kind: 'ok', text: t('options.settings.saved') });
  }

  if (!settings) return null;
  return (
    <section className="hs-options-section" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('options.section.settings')}</h2>
      <form className="hs-options-form hs-options-settings" onSubmit={(event) => void save(event)}>
        <label>
          {t('options.settings.shopName')}
          <input data-testid="settings-shop-name" maxLength={60} value={settings.shopName} onChange={(event) => setSettings({ ...settings, shopName: event.currentTarget.value })} />
        </label>
        <fieldset>
          <legend>{t('options.settings.shopNamesBySite')}</legend>
          {CLIENT_SITE_IDS.map((site) => (
            <label key={site}>
              {t(`site.${site}`)}
              <input
                data-testid="settings-site-shop-name"
                data-site={site}
                maxLength={60}
                placeholder={settings.shopName}
                value={settings.shopNamesBySite[site] ?? ''}
                onChange={(event) => setSettings({ ...settings, shopNamesBySite: { ...settings.shopNamesBySite, [site]: event.currentTarget.value } })}
              />
            </label>
          ))}
        </fieldset>
        <label>
          {t('options.settings.agentName')}
          <input data-testid="settings-agent-name" maxLength={40} value={settings.agentName} onChange={(event) => setSettings({ ...settings, agentName: event.currentTarget.value })} />
        </label>
        <label>
          {t('language.label')}
          <select
            data-testid="settings-language"
            value={settings.language}
            onChange={(event) => {
              const language = UI_LANGUAGES.find((candidate) => candidate === event.currentTarget.value);
              if (language) setSettings({ ...settings, language });
            }}
          >
            {UI_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('options.settings.suggestionCount')}
          <input
            type="number"
            data-testid="settings-suggestion-count"
            min={1}
            max={10}
            value={settings.suggestionCount}
            onChange={(event) => setSettings({ ...settings, suggestionCount: Number(event.currentTarget.value) })}
          />
        </label>
        <button type="submit" className="hs-button hs-button--primary" data-testid="settings-save">
          {t('options.settings.save')}
        </button>
      </form>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'hs-options-danger' : 'hs-options-notice'} data-testid="settings-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
