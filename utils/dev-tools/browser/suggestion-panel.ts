import type { Locator, Page } from 'playwright-core';

/**
 * Locators for the suggestion list the agent clicks (by the components' `data-testid`s), shared by the
 * end-to-end tests and `npm run demo`.
 */

/** Suggestions look the same in the popup and in the demo page's panel (shared components). */
export function suggestionsOf(page: Page, category?: string): Locator {
  const selector = category === undefined ? '[data-testid="suggestion"]' : `[data-testid="suggestion"][data-category="${category}"]`;
  return page.locator(selector);
}

/** The first suggestion of `category`, once it is on screen. */
export async function waitForSuggestion(page: Page, category: string, timeout = 20_000): Promise<Locator> {
  const suggestion = suggestionsOf(page, category).first();
  await suggestion.waitFor({ state: 'visible', timeout });
  return suggestion;
}

/** Clicks the suggestion's 插入 button, as the agent does. */
export async function clickInsert(suggestion: Locator): Promise<void> {
  const button = suggestion.locator('[data-testid="insert-suggestion"]');
  await button.waitFor({ state: 'visible' });
  await button.click();
}

/** Which library phrase a suggestion or search result shows ("<pack id>/<phrase id>"). */
export function phraseUidOf(item: Locator): Promise<string | null> {
  return item.getAttribute('data-phrase-uid');
}
