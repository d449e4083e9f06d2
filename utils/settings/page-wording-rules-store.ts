import { z } from 'zod/mini';
import { wordingRulesAnswerSchema, type WordingRulesAnswer } from '../messaging/page-protocol';
import { defineLocalItem } from './local-item';

/**
 * The active wording rules as the worker last served them, kept in storage.local for chat pages:
 * a page's send guard reads them the moment it starts (a few milliseconds), without waiting for a
 * worker that may be starting cold or seeding a fresh library, and without the content script
 * bundling the shipped rule set. Rules only, never a draft.
 */
const pageWordingRulesItem = defineLocalItem<unknown>('pageWordingRules', null);

/** The kept rules, or null when none are kept yet or what is kept does not parse (an older build's). */
export async function loadPageWordingRules(): Promise<WordingRulesAnswer | null> {
  const parsed = z.safeParse(wordingRulesAnswerSchema, await pageWordingRulesItem.getValue());
  return parsed.success && parsed.data.rules !== null ? parsed.data : null;
}

export async function savePageWordingRules(answer: WordingRulesAnswer): Promise<void> {
  await pageWordingRulesItem.setValue(answer);
}

