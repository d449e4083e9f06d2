import { NOTICE_CUES } from './context-cues';
import { isContinuation } from './continuation';
import type { LibraryIndex } from './library-index';
import { evidenceFromAgentTurn, evidenceFromBuyerMessage, type Evidence } from './message-evidence';
import { normalizeText } from './normalize';
import type { ThreadTurns } from './thread-turns';

/** How much each earlier buyer turn still counts, most recent first. */
const EARLIER_TURN_WEIGHTS = [0.6, 0.35, 0.2] as const;
const AGENT_TURN_WEIGHT = 0.45;
const NOTICE_WEIGHTS = [1, 0.5] as const;

/** What the conversation around the buyer turn hints at, per category (0..1). */
export interface ContextEvidence {
  /** Earlier buyer turns and the agent's last turn: what the conversation is about. */
  conversation: Map<string, Evidence>;
  /** Platform notices: where the order stands, which no trigger of the buyer changes. */
  notices: Map<string, Evidence>;
}

/**
 * Everything around the buyer turn that hints at a category: earlier buyer turns, the agent
 * turn just before, and platform notices. Hints combine as independent (noisy-or), so more
 * agreeing hints mean more confidence, never above 1.
 */
export function contextEvidence(index: LibraryIndex, reading: ThreadTurns): ContextEvidence {
  const known = new Set(index.categories.map((category) => category.id));
  const conversation: Map<string, Evidence>[] = [];
  reading.earlierBuyerTurns.forEach((turn, age) => {
    const weight = EARLIER_TURN_WEIGHTS[age] ?? 0;
    if (weight === 0 || isContinuation(turn)) return;
    const categories = remembered(index, `buyer\u0000${turn}`, () => evidenceFromBuyerMessage(index, turn).categories);
    conversation.push(asContext(scaled(categories, weight), turn));
  });
  const agentTurn = reading.agentTurn;
  if (agentTurn !== null) conversation.push(scaled(remembered(index, `agent\u0000${agentTurn}`, () => evidenceFromAgentTurn(index, agentTurn)), AGENT_TURN_WEIGHT));
  const notices = reading.notices.map((notice, age) => scaled(noticeEvidence(notice, known), NOTICE_WEIGHTS[age] ?? 0));
  return { conversation: combineHints(conversation), notices: combineHints(notices) };
}

/**
 * Earlier turns' readings, per index. A conversation is read again at every new buyer message,
 * and its earlier turns read the same each time (an index never changes once built), so they are
 * read once: on a 100k-phrase library the earlier turns cost as much again as the new one. The
 * readings are never changed by their users (`scaled` copies them). The last CONTEXT_MEMO_SIZE
 * turns are kept, per index (an agent's dozens of open conversations use a few each: only the
 * last three earlier buyer turns and the agent's last turn count); nothing outlives the index.
 */
const CONTEXT_MEMO_SIZE = 2048;
const contextMemos = new WeakMap<LibraryIndex, Map<string, Map<string, Evidence>>>();

function remembered(index: LibraryIndex, key: string, read: () => Map<string, Evidence>): Map<string, Evidence> {
  let memo = contextMemos.get(index);
  if (memo === undefined) {
    memo = new Map();
    contextMemos.set(index, memo);
  }
  const known = memo.get(key);
  if (known !== undefined) {
    // Most recently used last: the first entry is the one to forget.
    memo.delete(key);
    memo.set(key, known);
    return known;
  }
  const fresh = read();
  memo.set(key, fresh);
  if (memo.size > CONTEXT_MEMO_SIZE) memo.delete(memo.keys().next().value ?? key);
  return fresh;
}

/** Forgets the earlier turns read with `index` (the bench, to time a conversation never seen). */
export function forgetContextReadings(index: LibraryIndex): void {
  contextMemos.delete(index);
}

/** Noisy-or of independent hints per category; the strongest hint names the reason. */
export function combineHints(sources: readonly Map<string, Evidence>[]): Map<string, Evidence> {
  const miss = new Map<string, number>();
  const strongest = new Map<string, Evidence>();
  for (const source of sources) {
    for (const [category, evidence] of source) {
      const confidence = Math.min(1, Math.max(0, evidence.confidence));
      miss.set(category, (miss.get(category) ?? 1) * (1 - confidence));
      const best = strongest.get(category);
      if (!best || best.confidence < confidence) strongest.set(category, { ...evidence, confidence });
    }
  }
  const combined = new Map<string, Evidence>();
  for (const [category, evidence] of strongest) {
    combined.set(category, { ...evidence, confidence: 1 - (miss.get(category) ?? 1) });
  }
  return combined;
}

export function scaled(source: Map<string, Evidence>, factor: number): Map<string, Evidence> {
  const result = new Map<string, Evidence>();
  for (const [category, evidence] of source) {
    result.set(category, { ...evidence, confidence: evidence.confidence * factor });
  }
  return result;
}

function asContext(source: Map<string, Evidence>, turn: string): Map<string, Evidence> {
  for (const evidence of source.values()) Object.assign(evidence, { kind: 'context', matched: turn });
  return source;
}

function noticeEvidence(notice: string, known: ReadonlySet<string>): Map<string, Evidence> {
  const text = normalizeText(notice);
  const result = new Map<string, Evidence>();
  for (const cue of NOTICE_CUES) {
    if (!known.has(cue.category) || !text.includes(normalizeText(cue.contains))) continue;
    const current = result.get(cue.category);
    if (!current || current.confidence < cue.weight) {
      result.set(cue.category, { confidence: cue.weight, kind: 'context', matched: notice });
    }
  }
  return result;
}
