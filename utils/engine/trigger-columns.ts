import type { LibraryPhrase } from '../schemas/phrase';
import { columnItem, stringColumn, type StringColumn } from './string-column';

/**
 * Every distinct buyer wording after normalisation, column by column, with the phrases that
 * list it. Phrases an agent wrote without triggers are represented by their own text
 * (source 'text'), which counts for less: it is how the agent answers, not how a buyer asks.
 */
export interface WordingColumns {
  count: number;
  normalized: StringColumn;
  /** Characters (code points) per normalised wording. */
  lengths: Uint32Array;
  /** WORDING_SOURCE per wording. */
  sources: Uint8Array;
  /** Where the wording was first written: a phrase, and its trigger (−1: the phrase's text). */
  originPhrases: Uint32Array;
  originSlots: Int32Array;
  /** Sum of the inverse frequencies of its grams: how much a match says. */
  information: Float64Array;
  /** Wording w is listed by phraseList[phraseStarts[w] .. phraseStarts[w + 1]), ascending. */
  phraseStarts: Uint32Array;
  phraseList: Uint32Array;
}

export const WORDING_SOURCE = Object.freeze({ trigger: 0, text: 1 });
export type WordingSource = keyof typeof WORDING_SOURCE;

/** The wordings of `phrases` in order of first appearance; `information` is left at 0. */
export function collectWordings(phrases: readonly LibraryPhrase[], normalize: (raw: string) => string): { columns: WordingColumns; texts: string[] } {
  const byKey = new Map<string, number>();
  const texts: string[] = [];
  const sources: number[] = [];
  const originPhrases: number[] = [];
  const originSlots: number[] = [];
  const lastPhrase: number[] = [];
  const pairWordings: number[] = [];
  const pairPhrases: number[] = [];

  const add = (raw: string, source: number, phrase: number, slot: number): void => {
    const normalized = normalize(raw);
    if (normalized.length === 0) return;
    const key = `${source}:${normalized}`;
    let wording = byKey.get(key);
    if (wording === undefined) {
      wording = texts.length;
      byKey.set(key, wording);
      texts.push(normalized);
      sources.push(source);
      originPhrases.push(phrase);
      originSlots.push(slot);
      lastPhrase.push(-1);
    }
    if (lastPhrase[wording] === phrase) return;
    lastPhrase[wording] = phrase;
    pairWordings.push(wording);
    pairPhrases.push(phrase);
  };
  phrases.forEach((phrase, position) => {
    if (phrase.triggers.length === 0) add(phrase.text, WORDING_SOURCE.text, position, -1);
    phrase.triggers.forEach((trigger, slot) => add(trigger, WORDING_SOURCE.trigger, position, slot));
  });

  const phraseStarts = new Uint32Array(texts.length + 1);
  for (const wording of pairWordings) phraseStarts[wording + 1] = (phraseStarts[wording + 1] ?? 0) + 1;
  for (let wording = 0; wording < texts.length; wording += 1) phraseStarts[wording + 1] = (phraseStarts[wording + 1] ?? 0) + (phraseStarts[wording] ?? 0);
  const phraseList = new Uint32Array(pairPhrases.length);
  const filled = phraseStarts.slice(0, texts.length);
  pairWordings.forEach((wording, pair) => {
    const at = filled[wording] ?? 0;
    phraseList[at] = pairPhrases[pair] ?? 0;
    filled[wording] = at + 1;
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

export function wordingText(wordings: WordingColumns, wording: number): string {
  return columnItem(wordings.normalized, wording);
}

export function wordingSource(wordings: WordingColumns, wording: number): WordingSource {
  return wordings.sources[wording] === WORDING_SOURCE.text ? 'text' : 'trigger';
}

export function wordingPhrases(wordings: WordingColumns, wording: number): Uint32Array {
  return wordings.phraseList.subarray(wordings.phraseStarts[wording] ?? 0, wordings.phraseStarts[wording + 1] ?? 0);
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
