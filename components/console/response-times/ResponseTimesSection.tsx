import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import type { ResponseSummary } from '../../../utils/schemas/waiting-queue';
import { lastDays } from '../../../utils/wait-clock/response-figures';
import { ConsoleSection } from '../../console-section/ConsoleSection';
import { useI18n } from '../../console/use-console-i18n';
import type { OptionsServices } from '../../options/options-services';
import { ResponseFiguresPanel } from './ResponseFiguresPanel';

/** A week: what the chart shows (the worker keeps the figures per client and local day). */
export const RESPONSE_CHART_DAYS = 7;

/**
 * 我的回复时效: the agent's own first replies over the last seven days, per client, counted on this
 * computer only (never any chat text). The same figures go into the report for the lead.
 */
export function ResponseTimesSection({ services, now = Date.now }: { services: Pick<OptionsServices, 'call'>; now?: () => number }) {
  const { t } = useI18n();
  const [figures, setFigures] = useState<readonly ResponseSummary[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [days] = useState(() => lastDays(now(), RESPONSE_CHART_DAYS));

  useEffect(() => {
    let current = true;
    services
      .call('getResponseFigures', { days: RESPONSE_CHART_DAYS })
      .then((rows) => {
        if (current) setFigures(rows.filter((row) => days.includes(row.day)));
      })
      .catch(() => {
        if (current) setFailed(true);
      });
    return () => {
      current = false;
    };
  }, [services, days]);

  return (
    <ConsoleSection id="response-times" title={t('options.section.responseTimes')} intro={t('response.intro')} testId="response-times">
      {failed ? <Alert type="error" role="alert" title={t('response.failed')} /> : null}
      {figures ? <ResponseFiguresPanel figures={figures} days={days} /> : null}
    </ConsoleSection>
  );
}
