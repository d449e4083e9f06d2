import corpusJson from '../../../phrases/buyer-corpus.json';
import { readCorpusLines } from './corpus-lines';
import type { CorpusLine } from './topic-examples';

let lines: CorpusLine[] | undefined;

/**
 * The buyer corpus the extension ships, as Node reads it (the CLIs, the benchmarks, the tests),
 * bundled with the module; parsed on first use. The extension reads the same file from its
 * package when it builds an index (utils/library/shipped-index-build.ts) and never imports this
 * module: a test holds the worker's script free of it.
 */
export function shippedCorpus(): readonly CorpusLine[] {
  lines ??= readCorpusLines(corpusJson);
  return lines;
}
