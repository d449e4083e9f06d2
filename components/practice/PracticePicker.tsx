import { useI18n } from '../../utils/i18n/i18n-provider';
import type { PracticeScenario } from '../../utils/practice/practice-scenario-schema';
import { PracticeDialog } from './PracticeDialog';
import { useStageLabel } from './use-stage-label';

/** 练习模式: the scenarios to pick from, each with its turns and stages, one button each. */
export function PracticePicker({
  scenarios,
  onStart,
  onClose,
}: {
  scenarios: readonly PracticeScenario[];
  onStart: (scenario: PracticeScenario) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const stageLabel = useStageLabel();
  return (
    <PracticeDialog labelledBy="practice-picker-title" onClose={onClose} testId="practice-picker">
      <h2 id="practice-picker-title" className="practice-dialog__title">
        {t('practice.pickerTitle')}
      </h2>
      <p className="practice-dialog__intro">{t('practice.pickerIntro')}</p>
      <ul className="practice-picker__list">
        {scenarios.map((scenario) => {
          const stages = [...new Set(scenario.turns.map((turn) => stageLabel(turn.stage)))].join(' → ');
          return (
            <li key={scenario.id}>
              <button
                type="button"
                className="practice-picker__scenario"
                data-testid="practice-scenario"
                data-practice-id={scenario.id}
                onClick={() => onStart(scenario)}
              >
                <span className="practice-picker__name">
                  {t(`practice.kind.${scenario.kind}`)} · {scenario.buyer.nickname}
                </span>
                <span className="practice-picker__summary">{t('practice.scenarioSummary', { count: scenario.turns.length, stages })}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="practice-dialog__actions">
        <button type="button" className="hs-button" onClick={onClose}>
          {t('practice.cancel')}
        </button>
      </div>
    </PracticeDialog>
  );
}
