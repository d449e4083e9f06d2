import { buildLibraryIndex, type LibraryIndex, type LibraryInput } from '../engine/library-index';
import { readCorpusLines } from '../engine/topic-model/corpus-lines';
import { shippedDataOnce } from '../shipped-data/read-shipped-data';

/** The shipped buyer corpus, read from the package on the first build and kept; a failed read is retried next time. */
const shippedCorpusLines = shippedDataOnce('buyer-corpus.json', readCorpusLines);

/**
 * The index the worker builds for a library: its phrases, and the topic model trained on their
 * triggers together with the buyer corpus the extension ships (the CLIs build the same index
 * with utils/engine/shipped-library-index.ts, from the same file bundled).
 */
export async function buildIndexWithShippedCorpus(library: LibraryInput): Promise<LibraryIndex> {
  return buildLibraryIndex({ ...library, corpus: await shippedCorpusLines() });
}
