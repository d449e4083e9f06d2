import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { DemoPlayer } from '../../utils/demo/demo-player';
import type { SendGuard } from '../../utils/guard/send-guard';
import { createPracticeRun, type PracticeRun, type PracticeRunState } from '../../utils/practice/practice-run';
import type { PracticeScenario } from '../../utils/practice/practice-scenario-schema';
import type { PracticeInsertion } from '../../utils/practice/practice-session';
import type { PracticeScoreCard } from '../../utils/practice/practice-score';
import { practiceResultOf, recordPracticeResult } from '../../utils/settings/practice-history-store';
import type { WordingFinding } from '../../utils/schemas/risky-wording-finding';

const noSubscription = () => () => undefined;
const noState = () => null;

export interface PracticeMode {
  /** Null when no practice is running or showing its score card. */
  state: PracticeRunState | null;
  /** `windowSeconds`: the reply window to practise against (a client's); the 30-second standard when not given. */
  start: (scenario: PracticeScenario, windowSeconds?: number) => void;
  /** 结束练习 / 关闭: the practice buyer stays in the list; nothing more is recorded. */
  close: () => void;
  noteInsertion: (insertion: PracticeInsertion) => void;
}

/**
 * Practice mode on the demo page: one run at a time, fed by the page's own player, send guard
 * and wording check, so practising uses exactly what the agent uses on a client.
 */
export function usePracticeMode({
  player,
  guard,
  checkReply,
  now,
  recordResult = recordFinished,
}: {
  player: DemoPlayer;
  guard: SendGuard | null;
  checkReply: (text: string) => Promise<readonly WordingFinding[]>;
  now: () => number;
  /** Keeps the finished card's figures on this computer (the picker shows the last try). */
  recordResult?: (card: PracticeScoreCard) => Promise<void>;
}): PracticeMode {
  const [run, setRun] = useState<PracticeRun | null>(null);
  const state = useSyncExternalStore(run?.subscribe ?? noSubscription, run?.getState ?? noState);

  // Once per run: a run's state object is final once finished.
  const finishedCard = state?.status === 'finished' ? state.scoreCard : null;
  useEffect(() => {
    if (finishedCard) void recordResult(finishedCard).catch(() => undefined);
  }, [finishedCard, recordResult]);

  // Risky drafts the guard stops while the practice buyer is open count as caught.
  useEffect(() => (guard && run ? guard.onSendStopped(({ draft }) => run.noteSendStopped(draft)) : undefined), [guard, run]);
  useEffect(() => () => run?.stop(), [run]);

  const start = useCallback(
    (scenario: PracticeScenario, windowSeconds?: number) => {
      const next = createPracticeRun({ scenario, player, checkReply, now, ...(windowSeconds === undefined ? {} : { windowMs: windowSeconds * 1000 }) });
      setRun(next);
      next.start();
    },
    [player, checkReply, now],
  );
  const close = useCallback(() => setRun(null), []);
  const noteInsertion = useCallback((insertion: PracticeInsertion) => run?.noteInsertion(insertion), [run]);

  return { state, start, close, noteInsertion };
}

/** A lost record costs the trainee a "上次" line, never the practice itself. */
function recordFinished(card: PracticeScoreCard): Promise<void> {
  return recordPracticeResult(practiceResultOf(card, Date.now()));
}
