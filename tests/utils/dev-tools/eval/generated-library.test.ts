import { describe, expect, it } from 'vitest';
import { libraryFromPacks } from '../../../../utils/engine/library-from-packs';
import { generateLibrary } from '../../../../utils/dev-tools/eval/generated-library';
import { defaultPack } from '../../../../utils/packs/default-pack';
import { packPhraseSchema } from '../../../../utils/schemas/phrase';

const seed = libraryFromPacks([defaultPack()]).phrases;

describe('the generated library the speed checks run on', () => {
  it('is the same library on every run (same seed, same phrases)', () => {
    expect(generateLibrary(seed, 500)).toEqual(generateLibrary(seed, 500));
    expect(generateLibrary(seed, 500, 1)).not.toEqual(generateLibrary(seed, 500, 2));
  });

  it('a bigger library starts with the smaller one, so sizes compare like for like', () => {
    expect(generateLibrary(seed, 1_000).slice(0, 300)).toEqual(generateLibrary(seed, 300));
  });

  it('holds only phrases a pack may hold, in the seed pack’s categories', () => {
    const phrases = generateLibrary(seed, 2_000);
    const categories = new Set(seed.map((phrase) => phrase.category));
    expect(phrases).toHaveLength(2_000);
    for (const phrase of phrases) {
      const { uid: _uid, packId: _packId, ...asInPack } = phrase;
      expect(packPhraseSchema.safeParse(asInPack).success).toBe(true);
      expect(categories.has(phrase.category)).toBe(true);
      expect(phrase.uid).toBe(`generated/${phrase.id}`);
    }
  });

  it('repeats buyer wordings across phrases, as real team libraries do', () => {
    const triggers = generateLibrary(seed, 2_000).flatMap((phrase) => phrase.triggers);
    expect(new Set(triggers).size).toBeLessThan(triggers.length * 0.8);
  });
});
