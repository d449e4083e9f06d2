import { defaultPack } from '../../../utils/packs/default-pack';
import type { PackPhrase } from '../../../utils/schemas/phrase';

const PLACEHOLDER = /\{[^{}]{1,20}\}/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A default-pack phrase by its library uid ("default-zh/<phrase id>"), as suggestions carry it. */
export function defaultPhraseByUid(uid: string | null): PackPhrase {
  const [packId, phraseId] = (uid ?? '').split('/');
  const phrase = packId === defaultPack().id ? defaultPack().phrases.find((candidate) => candidate.id === phraseId) : undefined;
  if (!phrase) throw new Error(`"${uid}" is not a phrase of the default pack`);
  return phrase;
}

/**
 * Whether `text` is the phrase as inserted: its fixed wording exactly, each placeholder either left
 * as is or filled with whatever the agent's settings supply (possibly nothing).
 */
export function isInsertedFormOf(phrase: PackPhrase, text: string): boolean {
  const fixedParts = phrase.text.split(PLACEHOLDER).map(escapeRegExp);
  const placeholders = phrase.text.match(PLACEHOLDER) ?? [];
  const pattern = fixedParts
    .map((part, index) => {
      const placeholder = placeholders[index];
      return placeholder === undefined ? part : `${part}(?:${escapeRegExp(placeholder)}|[^{}\\n]*?)`;
    })
    .join('');
  return new RegExp(`^${pattern}$`).test(text);
}

/** The wording of a phrase that never changes, whatever fills its placeholders. */
export function fixedWordingOf(phrase: PackPhrase): string[] {
  return phrase.text.split(PLACEHOLDER).map((part) => part.trim()).filter((part) => part.length > 0);
}
