import { Card, InputNumber, Switch } from 'antd';
import { useI18n } from '../../console/use-console-i18n';
import { DEFAULT_WAIT_THRESHOLD_SECONDS, DEFAULT_WAIT_THRESHOLDS } from '../../../utils/schemas/waiting-queue';
import type { Settings } from '../../../utils/schemas/settings';
import { CLIENT_SITE_IDS } from '../../../utils/sites/client-sites';
import { Field, invalidProps, type FieldErrors } from './settings-field';

/**
 * 等待回复的时限: each client's reply window in seconds (empty: the client's default, from public
 * accounts of its rules), against which the queue turns a wait amber at 50 % and red at 80 %;
 * and the one sound the extension can make, off unless the agent turns it on.
 */
export function WaitSettingsCard({ settings, errors, onEdit }: { settings: Settings; errors: FieldErrors; onEdit: (next: Settings) => void }) {
  const { t } = useI18n();

  function setWindow(site: string, seconds: number | null) {
    const bySite = { ...settings.waitThresholdsBySite };
    // Emptied: back to the client's default. Anything else is kept as typed for the schema to judge.
    if (seconds === null) delete bySite[site];
    else bySite[site] = seconds;
    onEdit({ ...settings, waitThresholdsBySite: bySite });
  }

  return (
    <Card title={<h3 className="hs-console-card-title">{t('console.sections.settings.waitTitle')}</h3>}>
      <p className="hs-options-muted">{t('console.sections.settings.waitHelp')}</p>
      <fieldset className="hs-settings__sites" data-testid="settings-wait-thresholds">
        <legend>{t('console.sections.settings.waitBySite')}</legend>
        {CLIENT_SITE_IDS.map((site) => {
          const id = `settings-wait-threshold-${site}`;
          const error = errors[`wait:${site}`];
          const fallback = DEFAULT_WAIT_THRESHOLDS[site] ?? DEFAULT_WAIT_THRESHOLD_SECONDS;
          return (
            <Field key={site} id={id} label={t('console.sections.settings.waitFor', { client: t(`site.${site}`) })} error={error}>
              <InputNumber
                id={id}
                data-testid="settings-wait-threshold"
                data-site={site}
                className="hs-settings__narrow"
                // antd's step buttons carry English names; the arrow keys step the number anyway.
                controls={false}
                placeholder={t('console.sections.settings.waitDefault', { seconds: fallback })}
                suffix={t('console.sections.settings.seconds')}
                value={settings.waitThresholdsBySite[site] ?? null}
                {...invalidProps(id, error)}
                onChange={(seconds) => setWindow(site, seconds)}
              />
            </Field>
          );
        })}
      </fieldset>
      <div className="hs-settings__switch">
        <Switch
          id="settings-wait-sound"
          data-testid="settings-wait-sound"
          checked={settings.waitSound}
          aria-describedby="settings-wait-sound-help"
          onChange={(waitSound) => onEdit({ ...settings, waitSound })}
        />
        <label htmlFor="settings-wait-sound">{t('console.sections.settings.waitSound')}</label>
      </div>
      <p id="settings-wait-sound-help" className="hs-options-muted">
        {t('console.sections.settings.waitSoundHelp')}
      </p>
    </Card>
  );
}
