import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { clickInsert, phraseUidOf, waitForSuggestion } from '../../utils/dev-tools/browser/suggestion-panel';
import { startExtension } from './support/extension';
import { typeWithIme } from './support/ime';
import { refuseUnroutedNetwork } from './support/network';
import { defaultPhraseByUid, fixedWordingOf, isInsertedFormOf } from './support/phrase-match';

describe('demo chat: a trainee answers a bargaining buyer with one click', () => {
  let extension: ExtensionBrowser;
  let refusedRequests: string[];

  beforeAll(async () => {
    extension = await startExtension();
    refusedRequests = await refuseUnroutedNetwork(extension.context);
  });
  afterAll(async () => {
    await extension?.close();
  });

  async function openBargainingChat(): Promise<Page> {
    const demo = await extension.openExtensionPage('demo.html');
    await demo.locator('.conv-item', { hasText: '议价' }).first().click();
    await demo.locator('.conv-item.conv-item--active', { hasText: '议价' }).waitFor();
    await demo.locator('li.msg.msg--buyer').first().waitFor();
    return demo;
  }

  it('suggests a 议价 phrase for the buyer, puts it in the reply box on 插入, and sends it only on 发送', async () => {
    const demo = await openBargainingChat();
    const suggestion = await waitForSuggestion(demo, 'bargaining');
    const phrase = defaultPhraseByUid(await phraseUidOf(suggestion));
    const shownText = await suggestion.innerText();
    for (const part of fixedWordingOf(phrase)) expect(shownText).toContain(part);
    await clickInsert(suggestion);

    const input = demo.locator('textarea#demo-reply-input');
    await expect.poll(() => input.inputValue()).not.toBe('');
    const inserted = await input.inputValue();
    expect(isInsertedFormOf(phrase, inserted), `"${inserted}" should be "${phrase.text}"`).toBe(true);
    // Inserting never sends: the agent reads it first.
    const agentTexts = demo.locator('li.msg.msg--agent .msg__text');
    expect(await agentTexts.allTextContents()).not.toContain(inserted);

    const buyerMessages = demo.locator('li.msg.msg--buyer');
    const buyerCountBeforeSend = await buyerMessages.count();
    await demo.locator('button#demo-send').click();

    await expect.poll(async () => (await agentTexts.last().textContent())?.trim()).toBe(inserted);
    expect(await input.inputValue()).toBe('');
    // The scripted buyer answers the reply.
    await expect.poll(() => buyerMessages.count(), { timeout: 20_000 }).toBeGreaterThan(buyerCountBeforeSend);
  });

  it('does not send when Enter only picks an IME candidate; the next Enter sends', async () => {
    const demo = await openBargainingChat();
    const input = demo.locator('textarea#demo-reply-input');
    const agentMessages = demo.locator('li.msg.msg--agent');
    const agentCountBefore = await agentMessages.count();
    await input.click();

    await typeWithIme(extension.context, demo, 'baoyou', '包邮');
    await expect.poll(() => input.inputValue()).toBe('包邮');
    expect(await agentMessages.count()).toBe(agentCountBefore);

    await demo.keyboard.press('Enter');
    await expect.poll(() => agentMessages.count()).toBe(agentCountBefore + 1);
    expect((await agentMessages.last().locator('.msg__text').textContent())?.trim()).toBe('包邮');
    expect(await input.inputValue()).toBe('');
  });

  it('sent nothing to the network during practice', () => {
    expect(refusedRequests).toEqual([]);
  });
});
