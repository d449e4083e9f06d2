import { BUILT_IN_CATEGORY_IDS } from '../schemas/category';
import type { LibraryPhrase } from '../schemas/phrase';

/**
 * A large, deterministic library for speed checks: `count` phrases whose texts and triggers
 * are recombined pieces of a real pack's wording, so gram frequencies look like a real
 * team library (many shared grams such as 亲, 吗, 发货), not like random characters.
 */
export function generateLibrary(seedPhrases: readonly LibraryPhrase[], count: number, seed = 20261123): LibraryPhrase[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('generateLibrary needs at least one seed phrase with a trigger');
    return item;
  };
  const triggers = seedPhrases.flatMap((phrase) => phrase.triggers);
  const texts = seedPhrases.map((phrase) => phrase.text);
  const pieces = (source: readonly string[], length: number): string => {
    const chars = Array.from(pick(source));
    const start = Math.floor(random() * Math.max(1, chars.length - length));
    return chars.slice(start, start + length).join('');
  };

  const phrases: LibraryPhrase[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = `gen-${String(i).padStart(6, '0')}`;
    const triggerCount = 2 + Math.floor(random() * 5);
    phrases.push({
      id,
      uid: `generated/${id}`,
      packId: 'generated',
      category: pick(BUILT_IN_CATEGORY_IDS),
      text: `${pieces(texts, 8 + Math.floor(random() * 10))}${pieces(texts, 6 + Math.floor(random() * 10))}`,
      triggers: Array.from({ length: triggerCount }, () => `${pieces(triggers, 2 + Math.floor(random() * 3))}${pieces(triggers, 1 + Math.floor(random() * 3))}`),
      shortcut: `g${i.toString(36)}`,
      tags: [],
    });
  }
  return phrases;
}

/** Small seeded generator: the same seed gives the same library on every machine. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
