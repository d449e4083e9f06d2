import { PLACEHOLDER_NAMES, type PlaceholderName } from '../schemas/phrase';

/** Every placeholder the library knows, as it stands in a phrase: `{店铺名}` … `{时间}`. */
export const PLACEHOLDER_TOKEN = new RegExp(`\\{(${PLACEHOLDER_NAMES.join('|')})\\}`, 'g');

/**
 * Placeholders still standing in a draft, e.g. "预计{日期}到仓" → ["日期"]. A draft holding one
 * must not be sent: the buyer would read the raw `{日期}`. Only the library's own placeholder
 * names count; a buyer's "{笑}" pasted into a reply is left alone.
 */
export function unfilledPlaceholdersIn(draft: string): PlaceholderName[] {
  return [...new Set(Array.from(draft.matchAll(PLACEHOLDER_TOKEN), (match) => match[1] as PlaceholderName))];
}

export function hasUnfilledPlaceholder(draft: string): boolean {
  return unfilledPlaceholdersIn(draft).length > 0;
}
