import type { LibraryPhrase } from '../schemas/phrase';
import { columnItem, stringColumn, type StringColumn } from './string-column';
import type { Positions } from './positions';

/**
 * Every distinct buyer trigger after normalisation, column by column, with the phrases that
 * list it. Phrases an agent wrote without triggers are represented by their own text
 * (source 'text'), which counts for less: it is how the agent answers, not how a buyer asks.
 */
export interface TriggerColumns {
  count: number;
  normalized: StringColumn;
  /** Characters (code points) per normalised trigger. */
  lengths: Positions;
  /** TRIGGER_SOURCE per trigger. */
  sources: Uint8Array;
  /** Where the trigger was first written: a phrase, and its trigger (−1: the phrase's text). */
  originPhrases: Positions;
  originSlots: Int32Array;
  /** Sum of the inverse frequencies of its grams: how much a match says. */
  information: Float64Array;
  /** Trigger w is listed by phraseList[phraseStarts[w] .. phraseStarts[w + 1]), ascending. */
  phraseStarts: Positions;
  phraseList: Positions;
}

export const TRIGGER_SOURCE = Object.freeze({ trigger: 0, text: 1 });
export type TriggerSource = keyof typeof TRIGGER_SOURCE;

/** The triggers of `phrases` in order of first appearance; `information` is left at 0. */
export function collectTriggers(phrases: readonly LibraryPhrase[], normalize: (raw: string) => string): { columns: TriggerColumns; texts: string[] } {
  const byKey = new Map<string, number>();
  const texts: string[] = [];
  const sources: number[] = [];
  const originPhrases: number[] = [];
  const originSlots: number[] = [];
  const lastPhrase: number[] = [];
  const pairTriggers: number[] = [];
  const pairPhrases: number[] = [];

  const add = (raw: string, source: number, phrase: number, slot: number): void => {
    const normalized = normalize(raw);
    if (normalized.length === 0) return;
    const key = `${source}:${normalized}`;
    let trigger = byKey.get(key);
    if (trigger === undefined) {
      trigger = texts.length;
      byKey.set(key, trigger);
      texts.push(normalized);
      sources.push(source);
      originPhrases.push(phrase);
      originSlots.push(slot);
      lastPhrase.push(-1);
    }
    if (lastPhrase[trigger] === phrase) return;
    lastPhrase[trigger] = phrase;
    pairTriggers.push(trigger);
    pairPhrases.push(phrase);
  };
  phrases.forEach((phrase, position) => {
    if (phrase.triggers.length === 0) add(phrase.text, TRIGGER_SOURCE.text, position, -1);
    phrase.triggers.forEach((trigger, slot) => add(trigger, TRIGGER_SOURCE.trigger, position, slot));
  });

  const phraseStarts = new Uint32Array(texts.length + 1);
  for (const trigger of pairTriggers) phraseStarts[trigger + 1] = (phraseStarts[trigger + 1] ?? 0) + 1;
  for (let trigger = 0; trigger < texts.length; trigger += 1) phraseStarts[trigger + 1] = (phraseStarts[trigger + 1] ?? 0) + (phraseStarts[trigger] ?? 0);
  const phraseList = new Uint32Array(pairPhrases.length);
  const filled = phraseStarts.slice(0, texts.length);
  pairTriggers.forEach((trigger, pair) => {
    const at = filled[trigger] ?? 0;
    phraseList[at] = pairPhrases[pair] ?? 0;
    filled[trigger] = at + 1;
  });

  return {
    texts,
    columns: {
      count: texts.length,
      normalized: stringColumn(texts),
      lengths: Uint32Array.from(texts, (text) => codePointLength(text)),
      sources: Uint8Array.from(sources),
      originPhrases: Uint32Array.from(originPhrases),
      originSlots: Int32Array.from(originSlots),
      information: new Float64Array(texts.length),
      phraseStarts,
      phraseList,
    },
  };
}

export function triggerText(triggers: TriggerColumns, trigger: number): string {
  return columnItem(triggers.normalized, trigger);
}

export function triggerSource(triggers: TriggerColumns, trigger: number): TriggerSource {
  return triggers.sources[trigger] === TRIGGER_SOURCE.text ? 'text' : 'trigger';
}

export function triggerPhrases(triggers: TriggerColumns, trigger: number): Positions {
  return triggers.phraseList.subarray(triggers.phraseStarts[trigger] ?? 0, triggers.phraseStarts[trigger + 1] ?? 0);
}

function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    length += 1;
  }
  return length;
}
