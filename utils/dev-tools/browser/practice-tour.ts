import type { Page } from 'playwright-core';
import { clickInsert, suggestionsOf } from './suggestion-panel';

/** Long enough for the panel to answer the buyer's new message (suggest runs in the worker). */
const SUGGESTIONS_SETTLE_MS = 600;
const TURN_TIMEOUT_MS = 20_000;
const SCORE_CARD = '[data-testid="practice-score-card"]';
/** Shown while a buyer turn waits for the agent's first reply. */
const REPLY_TIMER = '[data-testid="practice-timer"]';

/**
 * `npm run demo`'s practice tour: starts the first practice scenario and answers every buyer
 * turn with the first suggestion that goes in with all its placeholders filled, until the score
 * card shows — the trainee who trusts the helper fully.
 */
export async function playPracticeToScoreCard(demo: Page): Promise<void> {
  await demo.getByTestId('practice-open').click();
  await demo.getByTestId('practice-scenario').first().click();
  for (;;) {
    await demo.waitForFunction(([card, timer]) => document.querySelector(card) !== null || document.querySelector(timer) !== null, [SCORE_CARD, REPLY_TIMER] as const, {
      timeout: TURN_TIMEOUT_MS,
    });
    if ((await demo.locator(SCORE_CARD).count()) > 0) return;
    await demo.waitForTimeout(SUGGESTIONS_SETTLE_MS);
    await answerWithFirstFilledSuggestion(demo);
    // Answered: the timer goes until the buyer's next turn (or the score card after the last one).
    await demo.waitForFunction(([card, timer]) => document.querySelector(card) !== null || document.querySelector(timer) === null, [SCORE_CARD, REPLY_TIMER] as const, {
      timeout: TURN_TIMEOUT_MS,
    });
  }
}

async function answerWithFirstFilledSuggestion(demo: Page): Promise<void> {
  const input = demo.locator('textarea#demo-reply-input');
  await suggestionsOf(demo).first().waitFor({ state: 'visible', timeout: TURN_TIMEOUT_MS });
  for (const suggestion of await suggestionsOf(demo).all()) {
    await input.fill('');
    await clickInsert(suggestion);
    await demo.waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('textarea#demo-reply-input')?.value ?? '') !== '');
    // A blank the demo cannot fill ({订单号} with no order) would be stopped by the send guard.
    if ((await input.inputValue()).includes('{')) continue;
    await demo.locator('button#demo-send').click();
    return;
  }
  throw new Error('练习模式：没有可以直接发送的建议话术 / practice: no suggestion could be sent as inserted');
}
