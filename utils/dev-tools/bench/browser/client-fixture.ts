import type { Page } from 'playwright-core';

// The end-to-end tests' fixture page and how they serve it: the bench times the same page.
export { PINDUODUO_CHAT_URL as CLIENT_FIXTURE_URL, serveClientFixture } from '../../../../tests/e2e/support/client-fixture';

/**
 * Adds a buyer message to the fixture's message list, as the client does when one arrives, and
 * resolves with the milliseconds until the in-page bar shows suggestions for exactly that
 * message (its DOM updated: the answered turn is this text and at least one phrase is listed).
 * Timed inside the page, from just before the message is added.
 */
export async function timeBuyerMessageToBar(page: Page, text: string, timeoutMs = 10_000): Promise<number> {
  return page.evaluate(
    ({ text, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const bar = [...document.querySelectorAll('body > *')]
          .map((element) => element.shadowRoot?.querySelector('[data-testid="page-bar"]'))
          .find((found) => found !== null && found !== undefined);
        const root = bar?.getRootNode();
        const list = document.getElementById('message-list');
        if (!(root instanceof ShadowRoot) || !list) {
          reject(new Error('the in-page bar (an open shadow root with [data-testid="page-bar"]) or the message list is missing'));
          return;
        }
        let started = 0;
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        const observer = new MutationObserver(() => {
          const answered = root.querySelector('[data-testid="page-bar-buyer-turn"]')?.getAttribute('title') === text;
          if (!answered || root.querySelector('[data-testid="page-bar-suggestion"]') === null) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - started);
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the bar did not show suggestions for "${text}" within ${timeoutMs} ms`));
        }, timeoutMs);
        observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
        // The fixture's buyer row: li.onemsg > .buyer-item > [currentuid] > .msg-content > p.msg-content-box
        const row = document.createElement('li');
        row.className = 'onemsg';
        row.id = `middlePanel_list_m${list.children.length + 1}`;
        const item = row.appendChild(document.createElement('div'));
        item.className = 'buyer-item';
        const sender = item.appendChild(document.createElement('div'));
        sender.setAttribute('currentuid', 'fixture-buyer-7');
        const body = sender.appendChild(document.createElement('div'));
        body.className = 'msg-content';
        const content = body.appendChild(document.createElement('p'));
        content.className = 'msg-content-box';
        content.textContent = text;
        started = performance.now();
        list.append(row);
      }),
    { text, timeoutMs },
  );
}

/** Waits for the bar to have shown suggestions for the fixture's own last buyer message. */
export async function waitForBar(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.locator('[data-testid="page-bar-suggestion"]').first().waitFor({ state: 'attached', timeout: timeoutMs });
}
