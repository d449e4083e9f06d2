import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { FIRST_RESPONSE_STANDARD_MS } from '../../utils/practice/practice-score';

/** Often enough that the count never looks stuck; only this small component re-renders. */
const TICK_MS = 250;

/**
 * Seconds since the buyer's message, while it waits for the agent's first reply; a warning
 * once the 30-second standard has passed. Renders nothing when no message is waiting.
 */
export function PracticeTimer({ waitingSince, now }: { waitingSince: number | null; now: () => number }) {
  const { t } = useI18n();
  const [time, setTime] = useState(now);

  useEffect(() => {
    if (waitingSince === null) return;
    setTime(now());
    const timer = setInterval(() => setTime(now()), TICK_MS);
    return () => clearInterval(timer);
  }, [waitingSince, now]);

  if (waitingSince === null) return null;
  const waitedMs = Math.max(0, time - waitingSince);
  const late = waitedMs > FIRST_RESPONSE_STANDARD_MS;
  const seconds = Math.floor(waitedMs / 1000);
  return (
    <span
      className={late ? 'practice-timer practice-timer--late' : 'practice-timer'}
      data-testid="practice-timer"
      data-late={late ? 'true' : 'false'}
      role="timer"
    >
      {late ? t('practice.timerLate', { seconds }) : t('practice.timer', { seconds })}
    </span>
  );
}
