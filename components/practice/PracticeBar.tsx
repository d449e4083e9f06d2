import { useI18n } from '../i18n/i18n-provider';
import type { PracticeScenario } from '../../utils/practice/practice-scenario-schema';
import { PracticeTimer } from './PracticeTimer';
import { useStageLabel } from './use-stage-label';

/** The strip above the chat while practising: which scenario, which turn and stage, the timer. */
export function PracticeBar({
  scenario,
  turnIndex,
  waitingSince,
  now,
  windowMs,
  onEnd,
}: {
  scenario: PracticeScenario;
  turnIndex: number | null;
  waitingSince: number | null;
  now: () => number;
  /** The reply window the run is judged against (the 30-second standard when not given). */
  windowMs?: number;
  onEnd: () => void;
}) {
  const { t } = useI18n();
  const stageLabel = useStageLabel();
  const turn = turnIndex === null ? undefined : scenario.turns[turnIndex];
  return (
    <section className="practice-bar" aria-label={t('practice.barLabel')} data-testid="practice-bar">
      <strong className="practice-bar__title">{t('practice.running', { topic: t(`practice.kind.${scenario.kind}`) })}</strong>
      <span className="practice-bar__turn" data-testid="practice-turn">
        {turn && turnIndex !== null
          ? t('practice.turnOf', { current: turnIndex + 1, total: scenario.turns.length, stage: stageLabel(turn.stage) })
          : t('practice.waitingForBuyer')}
      </span>
      {turn && waitingSince === null ? <span className="practice-bar__answered">{t('practice.answered')}</span> : null}
      <PracticeTimer waitingSince={waitingSince} now={now} {...(windowMs === undefined ? {} : { windowMs })} />
      <button type="button" className="hs-button practice-bar__end" onClick={onEnd}>
        {t('practice.end')}
      </button>
    </section>
  );
}
