import { Serializer } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { generateLibrary } from '../../../utils/dev-tools/eval/generated-library';
import { allPhrases } from '../../../utils/engine/library-index';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { narrowPositions, type Positions } from '../../../utils/engine/positions';
import { buildShippedLibraryIndex } from '../../../utils/engine/shipped-library-index';
import { defaultPack } from '../../../utils/packs/default-pack';

const seed = libraryFromPacks([defaultPack()]).phrases;
const library = [...seed, ...generateLibrary(seed, 2_000)];
const index = buildShippedLibraryIndex({ phrases: library, categories: [] });

/** Bytes in V8's structured serialisation: what IndexedDB writes and a waking worker reads back. */
function storedBytes(value: unknown): number {
  const serializer = new Serializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  return serializer.releaseBuffer().byteLength;
}

/** The same index with every narrowed column widened back to 32 bits, as it was stored before. */
function widened(value: unknown): unknown {
  if (value instanceof Uint8Array || value instanceof Uint16Array) return Uint32Array.from(value);
  if (ArrayBuffer.isView(value) || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === 'requires' || key === 'sources' ? item : widened(item)]));
}

describe('the index a waking worker reads back', () => {
  it('keeps positions and offsets in 8 or 16 bits when they fit, so there is less to read', () => {
    const narrowed: [string, Positions][] = [
      ['triggerGrams.postingList', index.triggerGrams.postingList],
      ['phraseTextGrams.postingList', index.phraseTextGrams.postingList],
      ['topicModel.pairTopics', index.topicModel.pairTopics],
      ['association.pairCategories', index.association.pairCategories],
      ['triggers.phraseList', index.triggers.phraseList],
    ];
    for (const [name, column] of narrowed) expect([name, column instanceof Uint32Array]).toEqual([name, false]);
    expect(storedBytes(index)).toBeLessThan(0.85 * storedBytes(widened(index)));
  });

  it('stores no uid column: each phrase’s uid is its pack’s id and its own, as in the library', () => {
    expect(Object.keys(index.phrases)).not.toContain('uids');
    expect(allPhrases(index).map((phrase) => phrase.uid)).toEqual(library.map((phrase) => phrase.uid));
  });
});

describe('narrowPositions', () => {
  it('picks the narrowest unsigned array that holds the largest value, and keeps every value', () => {
    const cases: [number[], string][] = [
      [[], 'Uint8Array'],
      [[0, 7, 255], 'Uint8Array'],
      [[0, 256, 65_535], 'Uint16Array'],
      [[3, 65_536, 70_000], 'Uint32Array'],
      [[0, 0xffffffff], 'Uint32Array'],
    ];
    for (const [values, type] of cases) {
      const narrowed = narrowPositions(Uint32Array.from(values));
      expect([values, narrowed.constructor.name]).toEqual([values, type]);
      expect(Array.from(narrowed)).toEqual(values);
    }
  });

  it('returns a column that is already as narrow as it can be unchanged', () => {
    const wide = Uint32Array.from([1, 70_000]);
    expect(narrowPositions(wide)).toBe(wide);
    const narrow = Uint8Array.from([1, 2]);
    expect(narrowPositions(narrow)).toBe(narrow);
  });
});
