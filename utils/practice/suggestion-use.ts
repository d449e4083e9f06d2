/**
 * Whether a sent reply came from the phrase the agent inserted just before: sent as inserted, or
 * edited (a real part of the phrase is still in it). A reply written from scratch after the
 * phrase was thrown away is the agent's own.
 */
export type SuggestionUse = 'unchanged' | 'edited';

/** Spaces and the zero-width characters editors add do not make a reply "edited". */
function comparable(text: string): string {
  return text.replace(/[\s\u200b-\u200d\ufeff]+/g, '');
}

function longestCommonRun(a: string, b: string): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = (previous[j - 1] ?? 0) + 1;
        if ((row[j] ?? 0) > best) best = row[j] ?? 0;
      }
    }
    previous = row;
  }
  return best;
}

export function suggestionUseOf(sent: string, inserted: string): SuggestionUse | null {
  const reply = comparable(sent);
  const phrase = comparable(inserted);
  if (phrase === '') return null;
  if (reply === phrase) return 'unchanged';
  // A third of the phrase, unbroken (at least 4 characters), still stands in what was sent.
  const needed = Math.max(4, Math.ceil(phrase.length / 3));
  return longestCommonRun(reply, phrase) >= Math.min(needed, phrase.length) ? 'edited' : null;
}
