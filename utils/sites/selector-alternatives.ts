/**
 * Selectors as ordered alternatives: each site file lists, for one part of its page, the
 * selectors that found it on each known variant of the page, most trusted first (stable anchors
 * such as `data-qa-id`, ids and text markers before hashed class names). The first alternative
 * that matches anything wins; later ones are fallbacks for when a client ships a new build.
 */
export type SelectorAlternatives = readonly string[];

/** The first element matched by the first alternative that matches anything inside `root`. */
export function firstMatch(root: ParentNode, alternatives: SelectorAlternatives): Element | null {
  for (const selector of alternatives) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Every element matched by the first alternative that matches anything inside `root`. */
export function allMatches(root: ParentNode, alternatives: SelectorAlternatives): Element[] {
  for (const selector of alternatives) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** Whether `element` itself matches one of the alternatives. */
export function matchesAny(element: Element, alternatives: SelectorAlternatives): boolean {
  return alternatives.some((selector) => element.matches(selector));
}

/** Whether `element` or something inside it matches one of the alternatives. */
export function holdsAny(element: Element, alternatives: SelectorAlternatives): boolean {
  return matchesAny(element, alternatives) || alternatives.some((selector) => element.querySelector(selector) !== null);
}

/** One selector list matching any alternative, for APIs that take a single selector string. */
export function eitherOf(alternatives: SelectorAlternatives): string {
  return alternatives.join(', ');
}
