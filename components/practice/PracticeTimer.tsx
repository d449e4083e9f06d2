import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { t as pageT } from '../../utils/i18n/page-translate';
import { FIRST_RESPONSE_STANDARD_MS, practiceWaitLabel } from '../../utils/practice/practice-score';

/** Often enough that the count never looks stuck; only this small component re-renders. */
const TICK_MS = 250;

/**
 * Seconds since the buyer's message, while it waits for the agent's first reply, on the waiting
 * queue's clock: coloured and worded as the queue's levels (已过半 at half the reply window,
 * 快超时 at 80 %), and a warning once the standard has passed. Renders nothing when no message is waiting.
 */
export function PracticeTimer({
  waitingSince,
  now,
  windowMs = FIRST_RESPONSE_STANDARD_MS,
}: {
  waitingSince: number | null;
  now: () => number;
  /** The reply window the run is judged against. */
  windowMs?: number;
}) {
  const { t, lang } = useI18n();
  const [time, setTime] = useState(now);

  useEffect(() => {
    if (waitingSince === null) return;
    setTime(now());
    const timer = setInterval(() => setTime(now()), TICK_MS);
    return () => clearInterval(timer);
  }, [waitingSince, now]);

  if (waitingSince === null) return null;
  const waitedMs = Math.max(0, time - waitingSince);
  const late = waitedMs > windowMs;
  const seconds = Math.floor(waitedMs / 1000);
  const level = practiceWaitLabel(waitedMs, windowMs);
  return (
    <>
      <span
        className={late ? 'practice-timer practice-timer--late' : 'practice-timer'}
        data-testid="practice-timer"
        data-late={late ? 'true' : 'false'}
        data-level={level}
        role="timer"
      >
        {late ? t('practice.timerLate', { seconds, limit: windowMs / 1000 }) : t('practice.timer', { seconds })}
      </span>
      {/* The words the queue uses; past the window the timer itself says so. */}
      {level === 'amber' || level === 'red' ? (
        <span className="practice-wait-level" data-testid="practice-wait-level" data-level={level}>
          {pageT(lang, `queue.level.${level}`)}
        </span>
      ) : null}
    </>
  );
}
