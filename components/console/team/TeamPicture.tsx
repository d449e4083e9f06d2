import { Card } from 'antd';
import { useMemo } from 'react';
import type { AgentReport } from '../../../utils/library/agent-report';
import type { Category } from '../../../utils/schemas/category';
import type { Pack } from '../../../utils/schemas/pack';
import type { EditedPhrase } from '../../../utils/team-review/merge-reports';
import { neverUsedPhrases, phraseFunnel, practiceByTrainee, riskyByRuleAndAgent } from '../../../utils/team-review/team-picture';
import { useI18n } from '../../console/use-console-i18n';
import { FunnelPanel } from './FunnelPanel';
import { NeverUsedPanel } from './NeverUsedPanel';
import { PracticePanel } from './PracticePanel';
import { ResponsePanel } from './ResponsePanel';
import { responseByAgent } from '../../../utils/team-review/response-by-agent';
import { RiskyPanels } from './RiskyPanels';
import './team-console.css';

/** Long lists are cut here: the lead looks at the top, the agents' files hold the rest. */
const SHOWN = 20;

function day(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The team's picture: each chart with its table, from the reports merged. */
export function TeamPicture({
  reports,
  leadPack,
  categories,
  mostEdited,
}: {
  reports: readonly AgentReport[];
  leadPack: Pack | undefined;
  categories: readonly Category[];
  mostEdited: readonly EditedPhrase[];
}) {
  const { t } = useI18n();
  const funnel = useMemo(() => phraseFunnel(reports), [reports]);
  const neverUsed = useMemo(() => neverUsedPhrases(reports, leadPack), [reports, leadPack]);
  const risky = useMemo(() => riskyByRuleAndAgent(reports), [reports]);
  const practice = useMemo(() => practiceByTrainee(reports), [reports]);
  const response = useMemo(() => responseByAgent(reports), [reports]);
  const exported = reports.map((report) => report.exportedAt);

  return (
    <div className="hs-team-picture">
      <p className="hs-options-muted">{t('teamConsole.period', { from: day(Math.min(...exported)), to: day(Math.max(...exported)) })}</p>
      <FunnelPanel rows={funnel} categories={categories} />
      <NeverUsedPanel neverUsed={neverUsed} pack={leadPack} categories={categories} />
      <RiskyPanels risky={risky} />
      <PracticePanel rows={practice} />
      <ResponsePanel rows={response} />
      <Card title={<h3 className="hs-team-panel__title">{t('teamReview.editedTitle')}</h3>} className="hs-team-panel">
        {mostEdited.length === 0 && <p className="hs-options-muted">{t('teamReview.none')}</p>}
        <ul className="hs-team-list">
          {mostEdited.slice(0, SHOWN).map((edit) => (
            <li key={edit.uid} className="hs-team-list__item">
              <div>
                <strong>{edit.packText ?? edit.uid}</strong> — {t('teamReview.rewrites', { count: edit.rewrites.length })}
                <ul>
                  {edit.rewrites.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </div>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
