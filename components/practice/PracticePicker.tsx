import { useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { clientName } from '../../utils/i18n/client-name';
import type { PracticeScenario } from '../../utils/practice/practice-scenario-schema';
import type { PracticeResult } from '../../utils/schemas/practice-result';
import { PracticeDialog } from './PracticeDialog';
import { FIRST_RESPONSE_STANDARD_MS } from '../../utils/practice/practice-score';
import { useStageLabel } from './use-stage-label';

/** A reply window a practice can be judged against: the practice standard, or one client's. */
export interface PracticeWindow {
  /** 'standard', or the client's id. */
  id: string;
  seconds: number;
}

/**
 * 练习模式: the scenarios to pick from, each with its turns and stages, one button each, and the
 * reply window to practise against (the 30-second standard, or a client's own window).
 */
export function PracticePicker({
  scenarios,
  lastResults = new Map(),
  windows = [],
  onStart,
  onClose,
}: {
  scenarios: readonly PracticeScenario[];
  /** The last try of each scenario on this computer, by scenario id. */
  lastResults?: ReadonlyMap<string, PracticeResult>;
  /** The windows to choose from, the standard first; none: no choice, the standard. */
  windows?: readonly PracticeWindow[];
  onStart: (scenario: PracticeScenario, windowSeconds?: number) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const [windowId, setWindowId] = useState('standard');
  const chosen = windows.find((option) => option.id === windowId);
  const stageLabel = useStageLabel();
  return (
    <PracticeDialog labelledBy="practice-picker-title" onClose={onClose} testId="practice-picker">
      <h2 id="practice-picker-title" className="practice-dialog__title">
        {t('practice.pickerTitle')}
      </h2>
      <p className="practice-dialog__intro">{t('practice.pickerIntro')}</p>
      {windows.length > 0 ? (
        <label className="practice-picker__window">
          {t('practice.windowLabel')}
          <select data-testid="practice-window" value={windowId} onChange={(event) => setWindowId(event.currentTarget.value)}>
            {windows.map((option) => (
              <option key={option.id} value={option.id}>
                {option.id === 'standard'
                  ? t('practice.windowStandard', { seconds: option.seconds })
                  : t('practice.windowClient', { client: clientName(lang, option.id), seconds: option.seconds })}
              </option>
            ))}
          </select>
        </label>
      ) : null}
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
                onClick={() => onStart(scenario, chosen?.seconds)}
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
        limit: result.windowSeconds ?? FIRST_RESPONSE_STANDARD_MS / 1000,
      })}
    </span>
  );
}
