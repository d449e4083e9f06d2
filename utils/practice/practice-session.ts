import type { WordingFinding } from '../schemas/risky-wording-finding';
import type { PracticeScenario } from './practice-scenario-schema';
import { FIRST_RESPONSE_STANDARD_MS, scorePractice, type PracticeReply, type PracticeScoreCard, type PracticeTurnRecord } from './practice-score';
import { suggestionUseOf } from './suggestion-use';

/** The phrase the agent put into the reply box (after placeholders were filled), and its category. */
export interface PracticeInsertion {
  readonly text: string;
  readonly category: string;
}

export interface PracticeProgress {
  /** The buyer turn the agent is answering now (the latest to arrive), or null before the first. */
  readonly turnIndex: number | null;
  /** When that turn arrived while it still waits for its first reply; null once answered. */
  readonly waitingSince: number | null;
  /** Every turn has arrived and the last one has its first reply. */
  readonly finished: boolean;
}

export type PracticeSession = ReturnType<typeof createPracticeSession>;

/**
 * One practice run, as a record of what happened and when: buyer turns arriving, phrases
 * inserted, sends the guard stopped, replies sent and what the wording check found in them.
 * Pure and clock-injected (`now`), so the 30-second standard is tested without waiting.
 * Findings come later than the reply (the check runs in the background): a reply is recorded at
 * once, for its time, and the score card waits until every reply has been checked.
 */
export function createPracticeSession(scenario: PracticeScenario, now: () => number, windowMs: number = FIRST_RESPONSE_STANDARD_MS) {
  const turns: PracticeTurnRecord[] = scenario.turns.map((turn) => ({ stage: turn.stage, arrivedAt: null, firstReplyAt: null }));
  const replies: PracticeReply[] = [];
  const caughtDrafts = new Set<string>();
  let current: number | null = null;
  let insertion: PracticeInsertion | null = null;

  function allArrivedAndAnswered(): boolean {
    const last = turns.at(-1);
    return current === turns.length - 1 && last?.firstReplyAt !== null && last?.firstReplyAt !== undefined;
  }

  return {
    turnArrived(index: number): void {
      const turn = turns[index];
      if (!turn || turn.arrivedAt !== null) return;
      turn.arrivedAt = now();
      current = index;
    },

    noteInsertion(inserted: PracticeInsertion): void {
      insertion = inserted;
    },

    /** A send the guard stopped; the same draft stopped twice in one turn is one risky draft caught. */
    noteSendStopped(draft: string): void {
      caughtDrafts.add(`${current ?? -1}\u0000${draft.trim()}`);
    },

    /** Records a reply at the moment it was sent; returns its id for `replyChecked`. */
    replySent(text: string): number {
      const at = now();
      const turnIndex = current;
      const turn = turnIndex === null ? undefined : turns[turnIndex];
      if (turn && turn.firstReplyAt === null) turn.firstReplyAt = at;
      const use = insertion ? suggestionUseOf(text, insertion.text) : null;
      const phraseCategory = use && insertion ? insertion.category : null;
      const expected: readonly string[] = turnIndex === null ? [] : (scenario.turns[turnIndex]?.expect ?? []);
      replies.push({
        turnIndex,
        at,
        text,
        use,
        phraseCategory,
        fitsStage: phraseCategory === null ? null : expected.includes(phraseCategory),
        findings: null,
      });
      // One insertion makes one reply: the next reply has to use a phrase again to count.
      insertion = null;
      return replies.length - 1;
    },

    replyChecked(id: number, findings: readonly WordingFinding[]): void {
      const reply = replies[id];
      if (reply) replies[id] = { ...reply, findings };
    },

    progress(): PracticeProgress {
      const turn = current === null ? undefined : turns[current];
      return {
        turnIndex: current,
        waitingSince: turn && turn.firstReplyAt === null ? turn.arrivedAt : null,
        finished: allArrivedAndAnswered(),
      };
    },

    /** The score card once the last turn is answered and every reply checked; null before. */
    scoreCard(): PracticeScoreCard | null {
      if (!allArrivedAndAnswered() || replies.some((reply) => reply.findings === null)) return null;
      return scorePractice(scenario, turns, replies, caughtDrafts.size, windowMs);
    },
  };
}
