import type { DemoPlayer } from '../demo/demo-player';
import type { WordingFinding } from '../schemas/risky-wording-finding';
import type { PracticeScenario } from './practice-scenario-schema';
import { FIRST_RESPONSE_STANDARD_MS, type PracticeScoreCard } from './practice-score';
import { createPracticeSession, type PracticeInsertion } from './practice-session';

export type PracticeRunState =
  | {
      readonly status: 'running';
      readonly scenario: PracticeScenario;
      /** The turn being answered (null until the buyer's first message arrives). */
      readonly turnIndex: number | null;
      /** When the buyer's message arrived, while it waits for the agent's first reply. */
      readonly waitingSince: number | null;
      /** The reply window the run is judged against. */
      readonly windowMs: number;
    }
  | { readonly status: 'finished'; readonly scenario: PracticeScenario; readonly scoreCard: PracticeScoreCard };

export interface PracticeRunOptions {
  scenario: PracticeScenario;
  /** The demo page's own player: the practice buyer is one more conversation in the same chat. */
  player: Pick<DemoPlayer, 'startScenario' | 'getState' | 'subscribe'>;
  /** The wording check the send guard runs (the background's active rules), on a reply as sent. */
  checkReply: (text: string) => Promise<readonly WordingFinding[]>;
  /** The player's clock, so arrival and reply times come from one source. */
  now: () => number;
  /** The reply window to judge against (a client's, on the waiting queue's clock); the 30-second standard when not given. */
  windowMs?: number;
}

export type PracticeRun = ReturnType<typeof createPracticeRun>;

/**
 * Runs one practice scenario on the demo page: starts the scripted buyer in the demo player
 * (which delivers each turn shortly after the agent replies), and turns what happens in that
 * conversation into the practice record: turn arrivals and the agent's messages from the
 * player, inserted phrases and stopped sends from the page. Other conversations are ignored.
 */
export function createPracticeRun({ scenario, player, checkReply, now, windowMs = FIRST_RESPONSE_STANDARD_MS }: PracticeRunOptions) {
  const session = createPracticeSession(scenario, now, windowMs);
  const listeners = new Set<() => void>();
  let state: PracticeRunState = { status: 'running', scenario, turnIndex: null, waitingSince: null, windowMs };
  let seenMessages = 0;
  let seenTurns = 0;
  let unsubscribePlayer: (() => void) | null = null;

  function isPracticeOpen(): boolean {
    return player.getState().activeId === scenario.id;
  }

  function refresh(): void {
    if (state.status === 'finished') return;
    const scoreCard = session.scoreCard();
    if (scoreCard) {
      state = { status: 'finished', scenario, scoreCard };
      stop();
    } else {
      const progress = session.progress();
      if (progress.turnIndex === state.turnIndex && progress.waitingSince === state.waitingSince) return;
      state = { status: 'running', scenario, turnIndex: progress.turnIndex, waitingSince: progress.waitingSince, windowMs };
    }
    listeners.forEach((listener) => listener());
  }

  function record(text: string): void {
    const id = session.replySent(text);
    checkReply(text).then(
      (findings) => session.replyChecked(id, findings),
      // The guard already checked this draft at send time; a failed second look counts nothing.
      () => session.replyChecked(id, []),
    ).finally(refresh);
  }

  function onPlayerChange(): void {
    const conversation = player.getState().conversations.find((candidate) => candidate.scenario.id === scenario.id);
    if (!conversation) return;
    while (seenTurns < conversation.nextTurn) session.turnArrived(seenTurns++);
    for (const message of conversation.messages.slice(seenMessages)) if (message.role === 'agent') record(message.text);
    seenMessages = conversation.messages.length;
    refresh();
  }

  function stop(): void {
    unsubscribePlayer?.();
    unsubscribePlayer = null;
  }

  return {
    start(): void {
      unsubscribePlayer = player.subscribe(onPlayerChange);
      player.startScenario(scenario);
    },
    /** A phrase went into the reply box; counts only while the practice buyer is the open chat. */
    noteInsertion(insertion: PracticeInsertion): void {
      if (isPracticeOpen()) session.noteInsertion(insertion);
    },
    /** The send guard stopped a send; counts only while the practice buyer is the open chat. */
    noteSendStopped(draft: string): void {
      if (isPracticeOpen()) session.noteSendStopped(draft);
    },
    getState: (): PracticeRunState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop,
  };
}
