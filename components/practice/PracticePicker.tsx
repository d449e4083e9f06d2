import { useI18n } from '../i18n/i18n-provider';
import type { PracticeScenario } from '../../utils/practice/practice-scenario-schema';
import type { PracticeResult } from '../../utils/schemas/practice-result';
import { PracticeDialog } from './PracticeDialog';
import { useStageLabel } from './use-stage-label';

/** 练习模式: the scenarios to pick from, each with its turns and stages, one button each. */
export function PracticePicker({
  scenarios,
  lastResults = new Map(),
  onStart,
  onClose,
}: {
  scenarios: readonly PracticeScenario[];
  /** The last try of each scenario on this computer, by scenario id. */
  lastResults?: ReadonlyMap<string, PracticeResult>;
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
                <LastTry result={lastResults.get(scenario.id)} />
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

/** "上次：优秀 · 100 分 · 6/6 轮在 30 秒内", or nothing before the first try. */
function LastTry({ result }: { result: PracticeResult | undefined }) {
  const { t } = useI18n();
  if (!result) return null;
  return (
    <span className="practice-picker__last" data-testid="practice-last-result" data-points={result.points}>
      {t('practice.lastResult', {
        grade: t(`practice.grade.${result.grade}`),
        points: Math.round(result.points),
        within: result.withinStandard,
        turns: result.turns,
      })}
    </span>
  );
}
