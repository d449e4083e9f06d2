import type { LibraryPhrase } from '../schemas/phrase';
import type { PinyinKeys } from './phrase-pinyin';

/** One phrase as the picker searches it: its shortcut, its text, and the text's pinyin. */
export interface PickerEntry {
  phrase: LibraryPhrase;
  keys: PinyinKeys;
}

/**
 * How well a phrase answers what the agent typed after `/`, best first. An agent who learnt
 * `hy` from the platform's own quick phrases must get exactly that phrase on top; after that,
 * the phrase whose text starts the way they spelled it, then one that contains it.
 */
export const MATCH_TIERS = [
  'exact-shortcut',
  'shortcut-prefix',
  'initials-prefix',
  'pinyin-prefix',
  'initials-inside',
  'pinyin-inside',
  'text-inside',
] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

interface Match {
  entry: PickerEntry;
  tier: number;
  /** Where in the text (or its pinyin) the query matched: earlier is closer to what the agent meant. */
  position: number;
  order: number;
}

function tierIndex(tier: MatchTier): number {
  return MATCH_TIERS.indexOf(tier);
}

function matchOf(entry: PickerEntry, query: string, order: number): Match | null {
  const { phrase, keys } = entry;
  const found = (tier: MatchTier, position: number): Match => ({ entry, tier: tierIndex(tier), position, order });
  if (phrase.shortcut === query) return found('exact-shortcut', 0);
  if (phrase.shortcut?.startsWith(query)) return found('shortcut-prefix', 0);
  if (keys.initials.startsWith(query)) return found('initials-prefix', 0);
  if (keys.full.startsWith(query)) return found('pinyin-prefix', 0);
  // A single letter inside a long text matches nearly everything: only prefixes count for it.
  if (query.length >= 2) {
    const inInitials = keys.initials.indexOf(query);
    if (inInitials >= 0) return found('initials-inside', inInitials);
    const inPinyin = keys.full.indexOf(query);
    if (inPinyin >= 0) return found('pinyin-inside', inPinyin);
  }
  const inText = phrase.text.toLowerCase().indexOf(query);
  return inText >= 0 ? found('text-inside', inText) : null;
}

/** The phrases matching `query` (what follows the `/`), best first, at most `limit`. */
export function rankPickerMatches(entries: readonly PickerEntry[], query: string, limit: number): LibraryPhrase[] {
  const normalized = query.trim().toLowerCase();
  if (normalized === '') return [];
  const matches: Match[] = [];
  entries.forEach((entry, order) => {
    const match = matchOf(entry, normalized, order);
    if (match) matches.push(match);
  });
  matches.sort(
    (a, b) =>
      a.tier - b.tier ||
      a.position - b.position ||
      // Among equals, the shorter phrase is the more general one (a greeting before a long notice).
      a.entry.phrase.text.length - b.entry.phrase.text.length ||
      a.order - b.order,
  );
  return matches.slice(0, limit).map((match) => match.entry.phrase);
}
