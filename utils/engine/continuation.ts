import { CONTINUATION_WORDS } from './context-cues';
import { normalizeText } from './normalize';

/** True when a buyer turn only acknowledges or prompts, e.g. "好的", "嗯嗯", "还有呢". */
export function isContinuation(turn: string): boolean {
  return isContinuationText(normalizeText(turn));
}

/** The same test on text that is already normalised. */
function isContinuationText(text: string): boolean {
  if (text.length === 0) return true;
  // Can the whole message be cut into continuation words? (dynamic programming over positions)
  const reachable = new Array<boolean>(text.length + 1).fill(false);
  reachable[0] = true;
  for (let end = 1; end <= text.length; end += 1) {
    reachable[end] = CONTINUATION_FORMS.some(
      (word) => word.length <= end && reachable[end - word.length] === true && text.startsWith(word, end - word.length),
    );
  }
  return reachable[text.length] === true;
}

const CONTINUATION_FORMS: readonly string[] = [...new Set(CONTINUATION_WORDS.map(normalizeText))].filter(
  (word) => word.length > 0,
);


/**
 * The part of a message that says something: clauses (split at spaces and punctuation) that
 * only acknowledge are dropped, so "好的 那退款以后怎么算" is read as a refund question and
 * not as a goodbye. A message of nothing but acknowledgements is kept whole.
 */
export function contentOf(message: string): string {
  const clauses = message.split(/[\s\p{P}\p{S}]+/u).filter((clause) => clause !== '');
  const content = clauses.filter((clause) => !isContinuation(clause));
  return content.length === 0 ? message : content.join(' ');
}
