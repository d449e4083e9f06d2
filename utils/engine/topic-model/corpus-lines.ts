import { buyerCorpusSchema } from '../../schemas/buyer-corpus';
import { buyerContent } from '../message-evidence';
import type { CorpusLine } from './topic-examples';

/**
 * The buyer corpus file's lines read like the messages they stand for (chat noise left aside,
 * normalised), checked like any data file first: a broken line fails loudly.
 */
export function readCorpusLines(json: unknown): CorpusLine[] {
  return buyerCorpusSchema.parse(json).lines.map(([topic, text]) => ({ topic, text: buyerContent(text) }));
}
