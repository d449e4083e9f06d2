import { Deserializer, Serializer } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { generateBuyerThreads } from '../../../utils/dev-tools/bench/buyer-threads';
import type { LibraryIndex } from '../../../utils/engine/library-index';
import { buildShippedLibraryIndex } from '../../../utils/engine/shipped-library-index';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { searchPhrases } from '../../../utils/engine/search-phrases';
import { restoreLibraryIndex, StoredIndexError } from '../../../utils/engine/stored-library-index';
import { suggest } from '../../../utils/engine/suggest';
import { generateLibrary } from '../../../utils/dev-tools/eval/generated-library';
import { defaultPack } from '../../../utils/packs/default-pack';
import { packSchema } from '../../../utils/schemas/pack';
import shopPackJson from '../../fixtures/eval/products/shop-pack.json';

const seed = libraryFromPacks([defaultPack()]).phrases;
const index = buildShippedLibraryIndex({ phrases: [...seed, ...generateLibrary(seed, 2_000)], categories: [] });

/** What IndexedDB does to a value: V8's structured serialisation, written and read back. */
function throughStorage(value: LibraryIndex): unknown {
  const serializer = new Serializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  const deserializer = new Deserializer(serializer.releaseBuffer());
  deserializer.readHeader();
  return deserializer.readValue();
}

describe('a stored index, read back after the service worker was stopped', () => {
  const restored = restoreLibraryIndex(throughStorage(index));

  it('gives exactly the same suggestions as the index it was stored from', () => {
    for (const thread of generateBuyerThreads(seed, 120)) {
      expect(suggest(restored, thread)).toEqual(suggest(index, thread));
    }
  });

  it('weighs the agent’s usage counts the same (phrases found by uid)', () => {
    const usage = { 'default-zh/greeting-001': 4, 'generated/gen-000010': 2, 'gone/phrase': 9 };
    for (const thread of generateBuyerThreads(seed, 30)) {
      expect(suggest(restored, thread, { usage })).toEqual(suggest(index, thread, { usage }));
    }
  });

  it('finds exactly the same phrases in the search box', () => {
    for (const query of ['fh', 'g1', '发票', '包油', '在', '保温杯能便宜点吗', '退款多久到账']) {
      expect(searchPhrases(restored, query, 30)).toEqual(searchPhrases(index, query, 30));
    }
  });

  it('survives structuredClone too (what fake-indexeddb and the browser both use)', () => {
    const thread = { site: 'x', messages: [{ role: 'buyer' as const, text: '有现货吗 能便宜点吗' }] };
    expect(suggest(restoreLibraryIndex(structuredClone(index)), thread)).toEqual(suggest(index, thread));
  });
});

describe('a stored index that cannot be trusted is refused, so the worker rebuilds', () => {
  it('refuses an index of another format', () => {
    expect(() => restoreLibraryIndex({ ...structuredClone(index), format: 1 })).toThrow(StoredIndexError);
  });

  it('refuses one whose typed arrays were lost (e.g. stored as JSON)', () => {
    expect(() => restoreLibraryIndex(JSON.parse(JSON.stringify(index)))).toThrow(/triggerGrams|phrases/);
  });

  it('refuses one that points at phrases it does not have', () => {
    const broken = structuredClone(index);
    broken.triggers.phraseList[3] = broken.phrases.count + 5;
    expect(() => restoreLibraryIndex(broken)).toThrow(/triggers\.phraseList\[3\]/);
  });

  it('refuses one whose gram list is out of order (lookups would miss)', () => {
    const broken = structuredClone(index);
    broken.triggerGrams.codes.reverse();
    expect(() => restoreLibraryIndex(broken)).toThrow(/triggerGrams\.codes is not ascending/);
  });

  it('keeps the products: a woken worker recognises the chat\'s product and answers from it as before', () => {
    const withProducts = buildShippedLibraryIndex(libraryFromPacks([defaultPack(), packSchema.parse(shopPackJson)]));
    const back = restoreLibraryIndex(throughStorage(withProducts));
    const thread = { site: 'pinduoduo', messages: [{ role: 'buyer' as const, text: '这个保修多久' }], product: { title: '不锈钢保温杯500ml…' } };
    expect(suggest(back, thread)).toEqual(suggest(withProducts, thread));
    expect(suggest(back, thread).product?.name).toBe('不锈钢保温杯 500ml');
    const broken = structuredClone(withProducts);
    broken.products.gramTerms[0] = broken.products.termProducts.length + 1;
    expect(() => restoreLibraryIndex(broken)).toThrow(/products\.gramTerms\[0\]/);
  });

  it('keeps the trained topic model: the same weights, the same reading of a message', () => {
    const restored = restoreLibraryIndex(throughStorage(index));
    expect(restored.topicModel).toEqual(index.topicModel);
    expect(restored.topicModel.topicIds.length).toBeGreaterThan(40);
  });

  it('refuses one whose topic model names a topic it does not have', () => {
    const broken = structuredClone(index);
    broken.topicModel.pairTopics[0] = broken.topicModel.topicIds.length + 1;
    expect(() => restoreLibraryIndex(broken)).toThrow(/topicModel\.pairTopics\[0\]/);
  });

  it('refuses one whose phrases point at a topic the model does not have', () => {
    const broken = structuredClone(index);
    broken.phraseTopics[2] = broken.topicModel.topicIds.length + 3;
    expect(() => restoreLibraryIndex(broken)).toThrow(/phraseTopics\[2\]/);
  });

  it('refuses one whose texts and offsets disagree', () => {
    const broken = structuredClone(index);
    broken.phrases.texts = { ...broken.phrases.texts, text: broken.phrases.texts.text.slice(1) };
    expect(() => restoreLibraryIndex(broken)).toThrow(/phrases\.texts/);
  });
});
