import { buildLibraryIndex, type LibraryIndex, type LibraryInput } from './library-index';
import { shippedCorpus } from './topic-model/shipped-corpus';

/**
 * The index the product builds for a library — its phrases, and the topic model trained on
 * their triggers together with the buyer corpus the extension ships — as Node builds it (the
 * CLIs, the benchmarks, the tests), the corpus bundled. The worker builds the same index with the
 * corpus read from its package (utils/library/shipped-index-build.ts).
 */
export function buildShippedLibraryIndex(library: LibraryInput): LibraryIndex {
  return buildLibraryIndex({ ...library, corpus: shippedCorpus() });
}
