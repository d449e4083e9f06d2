import { Button, Card, Space, Tag } from 'antd';
import { flagKey, type MergedFlag } from '../../utils/team-review/merge-reports';
import { useI18n } from '../console/use-console-i18n';

export type Decision = 'approved' | 'rejected';

const DECISION_COLOURS = { approved: 'success', rejected: 'default', pending: 'warning' } as const;

/** The wording agents flagged, merged: the lead approves (a rule in the next pack version) or rejects each. */
export function FlagReview({
  flags,
  decisions,
  onDecide,
}: {
  flags: readonly MergedFlag[];
  decisions: ReadonlyMap<string, Decision>;
  onDecide: (term: string, decision: Decision) => void;
}) {
  const { t } = useI18n();
  return (
    <Card title={<h3 className="hs-team-panel__title">{t('teamReview.flagsTitle')}</h3>} className="hs-team-panel">
      <p className="hs-options-muted">{t('teamConsole.flagsHelp')}</p>
      {flags.length === 0 && <p className="hs-options-muted">{t('teamReview.none')}</p>}
      <ul className="hs-team-list" data-testid="team-review-flags">
        {flags.map((flag) => {
          const decision = decisions.get(flagKey(flag.term));
          return (
            <li key={flagKey(flag.term)} data-testid="team-review-flag" data-decision={decision ?? 'pending'} className="hs-team-list__item">
              <Space wrap>
                <strong>{flag.term}</strong>
                <span>— {flag.reasons.join('；')}</span>
                <span>({t('teamReview.reporters', { count: flag.reporters })})</span>
                <Tag color={DECISION_COLOURS[decision ?? 'pending']}>{t(`teamReview.decision.${decision ?? 'pending'}`)}</Tag>
              </Space>
              <Space>
                <Button autoInsertSpace={false} type={decision === 'approved' ? 'primary' : 'default'} aria-pressed={decision === 'approved'} onClick={() => onDecide(flag.term, 'approved')}>
                  {t('teamReview.approve')}
                </Button>
                <Button autoInsertSpace={false} danger={decision === 'rejected'} aria-pressed={decision === 'rejected'} onClick={() => onDecide(flag.term, 'rejected')}>
                  {t('teamReview.reject')}
                </Button>
              </Space>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
