import corpusJson from '../../../phrases/buyer-corpus.json';
import { buyerCorpusSchema } from '../../schemas/buyer-corpus';
import { buyerContent } from '../message-evidence';
import type { CorpusLine } from './topic-examples';

let lines: CorpusLine[] | undefined;

/**
 * The buyer corpus the extension ships, read like the messages it stands for (chat noise left
 * aside, normalised). Parsed on first use only — when an index is built, not when a waking
 * worker restores one — and checked like any data file: a broken line fails loudly.
 */
export function shippedCorpus(): readonly CorpusLine[] {
  lines ??= buyerCorpusSchema.parse(corpusJson).lines.map(([topic, text]) => ({ topic, text: buyerContent(text) }));
  return lines;
}
