import type { WordingFinding } from '../schemas/risky-wording-finding';

/** What 替换 does to a draft: the range to select and the text typed over it. */
export interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Where a clause ends: Chinese and Western clause and sentence marks, and line breaks. */
const CLAUSE_MARK = /[，,。！？!?；;\n]/;
/** A sentence end at the tail of a safe alternative, dropped when the draft's own punctuation follows. */
const TRAILING_SENTENCE_MARK = /[。！!.]+$/;
/** "亲，" opening an alternative, dropped when the agent already addressed the buyer before it. */
const LEADING_ADDRESS = /^亲[，,]\s*/;

function clauseAround(draft: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && !CLAUSE_MARK.test(draft.charAt(start - 1))) start -= 1;
  while (start < from && /\s/.test(draft.charAt(start))) start += 1;
  let end = to;
  while (end < draft.length && !CLAUSE_MARK.test(draft.charAt(end))) end += 1;
  return { start, end };
}

/**
 * The safe alternatives are whole sentences ("有什么问题直接在这里跟我说就好，…"), so putting
 * one in place of the matched words alone would leave the clause around them dangling ("加我
 * 微信聊" → "<alternative>聊"). The whole clause holding the finding is replaced instead, and
 * the alternative is fitted to what stays: no sentence mark before the draft's own punctuation, no
 * second "亲，" after the agent's.
 */
export function planReplacement(draft: string, finding: Pick<WordingFinding, 'start' | 'end'>, alternative: string): Replacement {
  const { start, end } = clauseAround(draft, finding.start, finding.end);
  let text = alternative.trim();
  if (end < draft.length && draft.charAt(end) !== '\n') text = text.replace(TRAILING_SENTENCE_MARK, '');
  if (draft.slice(0, start).includes('亲')) text = text.replace(LEADING_ADDRESS, '');
  return { start, end, text };
}

/** The draft as it reads after the replacement; the guard compares it with the editor's read-back. */
export function applyReplacement(draft: string, replacement: Replacement): string {
  return draft.slice(0, replacement.start) + replacement.text + draft.slice(replacement.end);
}
