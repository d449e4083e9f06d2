import { buildLibraryIndex, type LibraryIndex, type LibraryInput } from './library-index';
import { shippedCorpus } from './topic-model/shipped-corpus';

/**
 * The index the product builds for a library: its phrases, and the topic model trained on
 * their triggers together with the buyer corpus the extension ships.
 */
export function buildShippedLibraryIndex(library: LibraryInput): LibraryIndex {
  return buildLibraryIndex({ ...library, corpus: shippedCorpus() });
}
