import type { Suggestion } from '../../utils/schemas/suggestion';

export interface SuggestionGroup {
  categoryId: string;
  items: { suggestion: Suggestion; number: number }[];
}

/**
 * Groups ranked suggestions by category, groups ordered by their best suggestion, so number 1 is
 * always the engine's top pick and numbers run top to bottom as the agent reads them.
 */
export function groupSuggestions(suggestions: readonly Suggestion[]): SuggestionGroup[] {
  const groups: SuggestionGroup[] = [];
  for (const suggestion of suggestions) {
    let group = groups.find((candidate) => candidate.categoryId === suggestion.category);
    if (!group) {
      group = { categoryId: suggestion.category, items: [] };
      groups.push(group);
    }
    group.items.push({ suggestion, number: 0 });
  }
  let number = 0;
  for (const group of groups) for (const item of group.items) item.number = ++number;
  return groups;
}

/** The suggestions in the order the list shows and numbers them (key 1 = first). */
export function suggestionsInDisplayOrder(suggestions: readonly Suggestion[]): Suggestion[] {
  return groupSuggestions(suggestions).flatMap((group) => group.items.map((item) => item.suggestion));
}
