import { useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { PracticeScenario } from '../../utils/practice/practice-scenario-schema';
import type { PracticeResult } from '../../utils/schemas/practice-result';
import { loadLastPracticeResults } from '../../utils/settings/practice-history-store';
import { PracticePicker } from './PracticePicker';

/** 练习模式 in the demo's top bar: opens the scenario picker; focus comes back here on 取消. */
export function PracticeEntry({
  scenarios,
  onStart,
  loadLastResults = loadLastPracticeResults,
}: {
  scenarios: readonly PracticeScenario[];
  onStart: (scenario: PracticeScenario) => void;
  /** Each scenario's last try, read when the picker opens. */
  loadLastResults?: () => Promise<ReadonlyMap<string, PracticeResult>>;
}) {
  const { t } = useI18n();
  const [picking, setPicking] = useState(false);
  const [lastResults, setLastResults] = useState<ReadonlyMap<string, PracticeResult>>(new Map());
  const buttonRef = useRef<HTMLButtonElement>(null);

  function openPicker() {
    setPicking(true);
    // Shown when read; the picker never waits for it.
    void loadLastResults().then(setLastResults, () => undefined);
  }

  function cancel() {
    setPicking(false);
    buttonRef.current?.focus();
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="hs-button practice-entry"
        data-testid="practice-open"
        title={t('practice.openTitle')}
        aria-haspopup="dialog"
        aria-expanded={picking}
        onClick={openPicker}
      >
        {t('practice.open')}
      </button>
      {picking ? (
        <PracticePicker
          scenarios={scenarios}
          lastResults={lastResults}
          onClose={cancel}
          onStart={(scenario) => {
            setPicking(false);
            onStart(scenario);
          }}
        />
      ) : null}
    </>
  );
}
