import { useRef, useState } from 'react';
import { useI18n } from '../../utils/i18n/i18n-provider';
import type { PracticeScenario } from '../../utils/practice/practice-scenario-schema';
import { PracticePicker } from './PracticePicker';

/** 练习模式 in the demo's top bar: opens the scenario picker; focus comes back here on 取消. */
export function PracticeEntry({ scenarios, onStart }: { scenarios: readonly PracticeScenario[]; onStart: (scenario: PracticeScenario) => void }) {
  const { t } = useI18n();
  const [picking, setPicking] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

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
        onClick={() => setPicking(true)}
      >
        {t('practice.open')}
      </button>
      {picking ? (
        <PracticePicker
          scenarios={scenarios}
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
