import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Select } from 'antd';
import { useI18n } from '../../console/use-console-i18n';
import { UI_LANGUAGES } from '../../../utils/i18n/languages';
import { firstErrorPerField } from '../../../utils/console-sections/field-errors';
import { settingsFieldOf } from '../../../utils/console-sections/settings-fields';
import { settingsSchema, type Settings } from '../../../utils/schemas/settings';
import { CLIENT_SITE_IDS } from '../../../utils/sites/client-sites';
import { loadSettings, saveSettings } from '../../../utils/settings/settings-store';
import { ConsoleSection } from '../../console-section/ConsoleSection';
import { Field, invalidProps, type FieldErrors } from './settings-field';
import { WaitSettingsCard } from './WaitSettingsCard';
import './settings.css';

/**
 * 设置: what fills {店铺名} (for every client, or one client) / {客服名}, the UI language, how many
 * suggestions to show, and each client's reply window for the waiting queue (with its sound switch).
 */
export function SettingsSection() {
  const { t } = useI18n();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);

  function edit(next: Settings) {
    setSettings(next);
    setSaved(false);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!settings) return;
    const checked = settingsSchema.safeParse(settings);
    if (!checked.success) {
      // Nothing is saved until every field keeps its rule.
      setErrors(firstErrorPerField(checked.error.issues, settingsFieldOf, 'shopName'));
      setSaved(false);
      return;
    }
    setErrors({});
    setSettings(await saveSettings(checked.data));
    setSaved(true);
  }

  if (!settings) return null;
  const errorCount = Object.keys(errors).length;
  return (
    <ConsoleSection id="settings" title={t('options.section.settings')} intro={t('console.sections.settings.intro')}>
      <Form layout="vertical" component={false}>
        <form className="hs-settings" onSubmit={(event) => void save(event)} noValidate>
          {errorCount > 0 && <Alert type="error" role="alert" data-testid="settings-message" title={t('console.sections.invalidFields', { count: errorCount })} />}
          {saved && <Alert type="success" role="status" data-testid="settings-message" title={t('options.settings.saved')} />}
          <Card title={<h3 className="hs-console-card-title">{t('console.sections.settings.placeholdersTitle')}</h3>}>
            <Field id="settings-shop-name" label={t('options.settings.shopName')} error={errors.shopName}>
              <Input
                id="settings-shop-name"
                data-testid="settings-shop-name"
                maxLength={60}
                value={settings.shopName}
                {...invalidProps('settings-shop-name', errors.shopName)}
                onChange={(event) => edit({ ...settings, shopName: event.currentTarget.value })}
              />
            </Field>
            <fieldset className="hs-settings__sites">
              <legend>{t('options.settings.shopNamesBySite')}</legend>
              {CLIENT_SITE_IDS.map((site) => {
                const id = `settings-site-shop-name-${site}`;
                const error = errors[`site:${site}`];
                return (
                  <Field key={site} id={id} label={t(`site.${site}`)} error={error}>
                    <Input
                      id={id}
                      data-testid="settings-site-shop-name"
                      data-site={site}
                      maxLength={60}
                      placeholder={settings.shopName}
                      value={settings.shopNamesBySite[site] ?? ''}
                      {...invalidProps(id, error)}
                      onChange={(event) => edit({ ...settings, shopNamesBySite: { ...settings.shopNamesBySite, [site]: event.currentTarget.value } })}
                    />
                  </Field>
                );
              })}
            </fieldset>
            <Field id="settings-agent-name" label={t('options.settings.agentName')} error={errors.agentName}>
              <Input
                id="settings-agent-name"
                data-testid="settings-agent-name"
                maxLength={40}
                value={settings.agentName}
                {...invalidProps('settings-agent-name', errors.agentName)}
                onChange={(event) => edit({ ...settings, agentName: event.currentTarget.value })}
              />
            </Field>
          </Card>
          <Card title={<h3 className="hs-console-card-title">{t('console.sections.settings.displayTitle')}</h3>}>
            <Field id="settings-language" label={t('language.label')} error={errors.language}>
              <Select
                id="settings-language"
                data-testid="settings-language"
                className="hs-settings__narrow"
                value={settings.language}
                options={UI_LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
                onChange={(language) => edit({ ...settings, language })}
              />
            </Field>
            <Field id="settings-suggestion-count" label={t('options.settings.suggestionCount')} error={errors.suggestionCount}>
              <InputNumber
                id="settings-suggestion-count"
                data-testid="settings-suggestion-count"
                className="hs-settings__narrow"
                min={1}
                max={10}
                precision={0}
                // antd's step buttons carry English names; the arrow keys step the number anyway.
                controls={false}
                value={settings.suggestionCount}
                {...invalidProps('settings-suggestion-count', errors.suggestionCount)}
                // Emptied, the field is no number at all: the schema then says what it must be.
                onChange={(count) => edit({ ...settings, suggestionCount: count ?? Number.NaN })}
              />
            </Field>
          </Card>
          <WaitSettingsCard settings={settings} errors={errors} onEdit={edit} />
          <div>
            <Button type="primary" htmlType="submit" data-testid="settings-save">
              {t('options.settings.save')}
            </Button>
          </div>
        </form>
      </Form>
    </ConsoleSection>
  );
}
