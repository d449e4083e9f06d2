import type { Thread } from '../schemas/thread';
import { SENTENCE_BREAK, normalizeWithOffsets, type ScriptConversion } from './normalize-with-offsets';
import { SPELLING_VARIANT_PASSES } from './spelling-variants';

/**
 * What the buyer wrote in this thread, normalised like the draft (with the draft's script
 * conversion, so an address the buyer typed in traditional characters still matches), so the
 * agent may repeat it back.
 */
export function buyerOwnText(thread: Thread | undefined, conversion?: ScriptConversion): string {
  if (!thread) return '';
  return thread.messages
    .filter((message) => message.role === 'buyer')
    .slice(-60)
    .map((message) => normalizeWithOffsets(message.text, SPELLING_VARIANT_PASSES, conversion).text)
    .join(SENTENCE_BREAK);
}

const DIGIT_RUN = /\d{4,}/g;
const SHARED_WORDING = 6;

/**
 * Whether the personal details in a privacy match are the buyer's own: every number of four
 * or more digits in it appears in the buyer's turns, or (for an address with no long number)
 * six characters of it in a row do (all of it, when it is shorter). Confirming a buyer's own phone or address back is fine.
 */
export function isBuyersOwnData(normalizedMatch: string, buyerText: string): boolean {
  if (buyerText.length === 0) return false;
  const buyerDigits = buyerText.replace(/\D+/g, ' ');
  const numbers = normalizedMatch.match(DIGIT_RUN) ?? [];
  if (numbers.length > 0) return numbers.every((number) => buyerDigits.includes(number));
  const window = Math.min(SHARED_WORDING, normalizedMatch.length);
  for (let start = 0; start + window <= normalizedMatch.length; start++) {
    if (buyerText.includes(normalizedMatch.slice(start, start + window))) return true;
  }
  return false;
}
