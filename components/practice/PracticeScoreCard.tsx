import { useI18n } from '../i18n/i18n-provider';
import type { PracticeScenario } from '../../utils/practice/practice-scenario-schema';
import type { PracticeScoreCard as ScoreCard, PracticeTip } from '../../utils/practice/practice-score';
import { PracticeDialog } from './PracticeDialog';
import { useStageLabel } from './use-stage-label';
import { FIRST_RESPONSE_STANDARD_MS, practiceWaitLabel } from '../../utils/practice/practice-score';

function secondsOf(ms: number): string {
  return (ms / 1000).toFixed(1);
}

function useTipText(limitSeconds: number): (tip: PracticeTip) => string {
  const { t } = useI18n();
  return (tip) => {
    switch (tip.kind) {
      case 'slow-first-response':
        return t('practice.tip.slow-first-response', { count: tip.count, limit: limitSeconds });
      case 'risky-sent':
      case 'caught-before-sending':
      case 'off-stage-phrases':
        return t(`practice.tip.${tip.kind}`, { count: tip.count });
      default:
        return t(`practice.tip.${tip.kind}`);
    }
  };
}

/**
 * The end of a practice run: grade, time to first reply per turn against the 30-second
 * standard, risky wording caught before sending and sent anyway (with the rule's reason),
 * suggested phrases used, and the few things to work on next.
 */
export function PracticeScoreCard({
  scenario,
  card,
  onAgain,
  onClose,
}: {
  scenario: PracticeScenario;
  card: ScoreCard;
  onAgain: () => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const stageLabel = useStageLabel();
  const windowMs = card.windowMs ?? FIRST_RESPONSE_STANDARD_MS;
  const tipText = useTipText(windowMs / 1000);
  const time = (ms: number | null) => (ms === null ? t('practice.noReply') : t('practice.seconds', { seconds: secondsOf(ms) }));

  return (
    <PracticeDialog labelledBy="practice-score-title" onClose={onClose} testId="practice-score-card">
      <h2 id="practice-score-title" className="practice-dialog__title">
        {t('practice.scoreTitle', { topic: t(`practice.kind.${scenario.kind}`) })}
      </h2>
      <p className={`practice-score__grade practice-score__grade--${card.grade}`} data-testid="practice-grade" data-grade={card.grade}>
        {t(`practice.grade.${card.grade}`)} · {t('practice.points', { points: card.points })}
      </p>

      <section className="practice-score__section" aria-labelledby="practice-score-times">
        <h3 id="practice-score-times">{t('practice.responseTitle')}</h3>
        <p data-testid="practice-within-standard" data-count={card.withinStandard}>
          {t('practice.withinStandard', { count: card.withinStandard, total: card.turns.length, limit: windowMs / 1000 })}
        </p>
        <p>{t('practice.medianSlowest', { median: time(card.medianResponseMs), slowest: time(card.slowestResponseMs) })}</p>
        <table className="practice-score__times">
          <thead>
            <tr>
              <th scope="col">{t('practice.turnColumn')}</th>
              <th scope="col">{t('practice.stageColumn')}</th>
              <th scope="col">{t('practice.timeColumn')}</th>
              <th scope="col">{t('practice.levelColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {card.turns.map((turn, index) => {
              // On the waiting queue's clock: the same levels, words and colours as a real buyer's wait.
              const level = practiceWaitLabel(turn.responseMs, windowMs);
              return (
                <tr
                  key={index}
                  data-testid="practice-turn-time"
                  data-response-ms={turn.responseMs ?? ''}
                  data-level={level}
                  className={turn.withinStandard ? undefined : 'practice-score__slow'}
                >
                  <td>{index + 1}</td>
                  <td>{stageLabel(turn.stage)}</td>
                  <td>{time(turn.responseMs)}</td>
                  <td className="practice-score__level">{t(`queue.level.${level}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section className="practice-score__section" aria-labelledby="practice-score-wording">
        <h3 id="practice-score-wording">{t('practice.wordingTitle')}</h3>
        <p data-testid="practice-replies" data-count={card.replies}>
          {t('practice.replies', { count: card.replies })}
        </p>
        <p data-testid="practice-caught" data-count={card.caughtBeforeSending}>
          {t('practice.caught', { count: card.caughtBeforeSending })}
        </p>
        <p data-testid="practice-risky-sent" data-count={card.riskySent.length}>
          {t('practice.riskySent', { count: card.riskySent.length })}
        </p>
        {card.riskySent.length > 0 ? (
          <ul className="practice-score__risky">
            {card.riskySent.map((risky, index) => (
              <li key={index} data-severity={risky.severity}>
                {t('practice.riskySentItem', { matched: risky.matchedText, reason: risky.reason[lang] })}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section className="practice-score__section" aria-labelledby="practice-score-suggestions">
        <h3 id="practice-score-suggestions">{t('practice.suggestionsTitle')}</h3>
        <p data-testid="practice-suggestions" data-used={card.suggestionsUsed} data-fit={card.suggestionsFitStage}>
          {t('practice.suggestionsUsed', {
            used: card.suggestionsUsed,
            replies: card.replies,
            unchanged: card.suggestionsUnchanged,
            fit: card.suggestionsFitStage,
          })}
        </p>
      </section>

      <section className="practice-score__section" aria-labelledby="practice-score-tips">
        <h3 id="practice-score-tips">{t('practice.tipsTitle')}</h3>
        <ol className="practice-score__tips" data-testid="practice-tips">
          {card.tips.map((tip) => (
            <li key={tip.kind} data-tip={tip.kind}>
              {tipText(tip)}
            </li>
          ))}
        </ol>
      </section>

      <div className="practice-dialog__actions">
        <button type="button" className="hs-button hs-button--primary" data-autofocus="" data-testid="practice-again" onClick={onAgain}>
          {t('practice.again')}
        </button>
        <button type="button" className="hs-button" data-testid="practice-close" onClick={onClose}>
          {t('practice.close')}
        </button>
      </div>
    </PracticeDialog>
  );
}
