import { useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { PracticeScenario } from '../../utils/practice/practice-scenario-schema';
import type { PracticeResult } from '../../utils/schemas/practice-result';
import { loadLastPracticeResults } from '../../utils/settings/practice-history-store';
import { PracticePicker, type PracticeWindow } from './PracticePicker';
import { loadSettings } from '../../utils/settings/settings-store';
import { CLIENT_SITE_IDS } from '../../utils/sites/client-sites';
import { thresholdSecondsFor } from '../../utils/waiting-queue/wait-level';
import { PRACTICE_WINDOW_SECONDS } from '../../utils/practice/practice-score';

/** The practice standard, then each client's reply window as the agent set it (or its default). */
async function loadPracticeWindows(): Promise<PracticeWindow[]> {
  const { waitThresholdsBySite } = await loadSettings();
  return [
    { id: 'standard', seconds: PRACTICE_WINDOW_SECONDS },
    ...CLIENT_SITE_IDS.map((site) => ({ id: site, seconds: thresholdSecondsFor(site, waitThresholdsBySite) })),
  ];
}

/** 练习模式 in the demo's top bar: opens the scenario picker; focus comes back here on 取消. */
export function PracticeEntry({
  scenarios,
  onStart,
  loadLastResults = loadLastPracticeResults,
  loadWindows = loadPracticeWindows,
}: {
  scenarios: readonly PracticeScenario[];
  onStart: (scenario: PracticeScenario, windowSeconds?: number) => void;
  /** The reply windows to practise against, read when the picker opens. */
  loadWindows?: () => Promise<PracticeWindow[]>;
  /** Each scenario's last try, read when the picker opens. */
  loadLastResults?: () => Promise<ReadonlyMap<string, PracticeResult>>;
}) {
  const { t } = useI18n();
  const [picking, setPicking] = useState(false);
  const [lastResults, setLastResults] = useState<ReadonlyMap<string, PracticeResult>>(new Map());
  const [windows, setWindows] = useState<readonly PracticeWindow[]>([]);
  const buttonRef = useRef<HTMLButtonElement>(null);

  function openPicker() {
    setPicking(true);
    // Shown when read; the picker never waits for it.
    void loadLastResults().then(setLastResults, () => undefined);
    void loadWindows().then(setWindows, () => undefined);
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
          windows={windows}
          onClose={cancel}
          onStart={(scenario, windowSeconds) => {
            setPicking(false);
            onStart(scenario, windowSeconds);
          }}
        />
      ) : null}
    </>
  );
}
