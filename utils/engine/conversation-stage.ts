import { STAGE_CUES, type StageCue } from './context-cues';
import { phrasesInCategory, type LibraryIndex } from './library-index';
import type { Evidence } from './message-evidence';
import { normalizeText } from './normalize';
import { columnItem } from './string-column';
import type { ThreadTurns } from './thread-turns';

/** What the stage of the conversation asks of the next reply. */
export interface ConversationStage {
  /** Categories the stage makes likely, weighed like platform notices. */
  categories: Map<string, Evidence>;
  /** Phrases that answer the stage first, per category (positions, library order). */
  leadingPhrases: Map<string, Set<number>>;
}

/**
 * Reads the whole thread against STAGE_CUES (pure data): an order just placed asks for an
 * address check, an unpaid one for a reminder, a complaint for an apology first.
 */
export function conversationStage(index: LibraryIndex, reading: ThreadTurns): ConversationStage {
  const known = new Set(index.categories.map((category) => category.id));
  const categories = new Map<string, Evidence>();
  const leadingPhrases = new Map<string, Set<number>>();
  for (const cue of STAGE_CUES) {
    if (!known.has(cue.category)) continue;
    const because = matchingTurn(cue, reading);
    if (because === undefined) continue;
    const current = categories.get(cue.category);
    if (cue.confidence > 0 && (!current || current.confidence < cue.confidence)) {
      categories.set(cue.category, { confidence: cue.confidence, kind: 'context', matched: because });
    }
    const fitting = fittingPhrases(index, cue);
    if (fitting.size === 0) continue;
    // The cached set is shared across calls: union into a copy only when two cues lead one category.
    const earlier = leadingPhrases.get(cue.category);
    leadingPhrases.set(cue.category, earlier ? new Set([...earlier, ...fitting]) : fitting);
  }
  return { categories, leadingPhrases };
}

/** The turn that shows the cue's stage, or undefined when the thread is not at it. */
function matchingTurn(cue: StageCue, reading: ThreadTurns): string | undefined {
  const { noticeHas, noticeLacks, buyerHas, agentLacks } = cue.when;
  if (agentLacks && reading.agentTurns.some((turn) => holdsAny(turn, agentLacks))) return undefined;
  let because: string | undefined = reading.buyerTurn ?? '';
  if (noticeHas) {
    because = reading.notices.find((notice) => holdsAny(notice, noticeHas) && !(noticeLacks && holdsAny(notice, noticeLacks)));
    if (because === undefined) return undefined;
  }
  if (buyerHas) {
    const turns = [reading.buyerTurn ?? '', ...reading.earlierBuyerTurns];
    because = turns.find((turn) => holdsAny(turn, buyerHas));
  }
  return because;
}

/** Per index, per cue: a category can hold thousands of phrases, so each is read once. */
const fittingByIndex = new WeakMap<LibraryIndex, Map<StageCue, Set<number>>>();

function fittingPhrases(index: LibraryIndex, cue: StageCue): Set<number> {
  let byCue = fittingByIndex.get(index);
  if (!byCue) fittingByIndex.set(index, (byCue = new Map()));
  let fitting = byCue.get(cue);
  if (!fitting) byCue.set(cue, (fitting = findFittingPhrases(index, cue)));
  return fitting;
}

function findFittingPhrases(index: LibraryIndex, cue: StageCue): Set<number> {
  const fitting = new Set<number>();
  for (const position of phrasesInCategory(index, cue.category)) {
    const text = columnItem(index.phrases.texts, position);
    if (cue.phraseHas.every((group) => holdsAny(text, group))) fitting.add(position);
  }
  return fitting;
}

function holdsAny(text: string, words: readonly string[]): boolean {
  const normal = normalizeText(text);
  return words.some((word) => normal.includes(normalizeText(word)));
}
