import type { InsertionOutcome } from '../schemas/page-results';
/**
 * What became of an inserted phrase, read from what the page showed afterwards. Pure: the page
 * session feeds it snapshots of the draft and of the agent's messages; nothing here keeps text.
 */


export interface PageSnapshot {
  /** The reply box's text now. */
  draft: string;
  /** The agent's messages in the thread now, earliest first. */
  agentMessages: readonly string[];
}

export interface OutcomeWatch {
  /** Feeds the page as it is now; returns the outcome once it is known, else undefined. */
  observe(snapshot: PageSnapshot): InsertionOutcome | undefined;
}

/** Whitespace and the zero-width characters rich editors add do not make a reply "edited". */
function comparable(text: string): string {
  return text.replace(/[\s\u200b-\u200d\ufeff]+/g, '');
}

/**
 * Watches one insertion. `before` is the page just before the phrase went in: a new agent
 * message after it means the draft was sent (unchanged when it is the phrase, edited when it
 * differs); a draft that no longer holds the phrase, with nothing sent, means it was deleted.
 * An edited draft that is still unsent keeps the watch open.
 */
export function watchInsertionOutcome(insertedText: string, before: PageSnapshot): OutcomeWatch {
  const inserted = comparable(insertedText);
  const sentBefore = before.agentMessages.length;
  let settled: InsertionOutcome | undefined;
  return {
    observe(snapshot) {
      if (settled !== undefined) return settled;
      const sent = snapshot.agentMessages.slice(sentBefore);
      const last = sent[sent.length - 1];
      if (last !== undefined) {
        settled = comparable(last) === inserted ? 'sent-unchanged' : 'edited';
      } else if (!comparable(snapshot.draft).includes(inserted)) {
        // Part of the phrase still in the box: the agent is rewording it, not throwing it away.
        settled = sharesMostOf(comparable(snapshot.draft), inserted) ? undefined : 'deleted';
      }
      return settled;
    },
  };
}

/** At least a third of the phrase survives, unbroken, at the start or end of the draft. */
function sharesMostOf(draft: string, inserted: string): boolean {
  if (draft === '') return false;
  let prefix = 0;
  while (prefix < draft.length && prefix < inserted.length && draft[prefix] === inserted[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < draft.length &&
    suffix < inserted.length &&
    draft[draft.length - 1 - suffix] === inserted[inserted.length - 1 - suffix]
  )
    suffix += 1;
  return Math.max(prefix, suffix) * 3 >= inserted.length;
}
