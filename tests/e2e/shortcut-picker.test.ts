import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { defaultPack } from '../../utils/packs/default-pack';
import { openClientFixture, startWithClientFixture } from './support/open-client-fixture';

const GREETING = defaultPack().phrases.find((phrase) => phrase.shortcut === 'hy')!;
/** "亲，您好～欢迎光临{店铺名}，我是客服{客服名}，…" with no shop or agent name set. */
const GREETING_FILLED = GREETING.text.replace('{店铺名}', '本店').replace('{客服名}', '');
/** A phrase whose {日期} only the agent can fill: "…临时缺货，预计{日期}到货后马上给您发出…" (shipping-048, /linshiquehuo). */
const RESTOCK = defaultPack().phrases.find((phrase) => phrase.id === 'shipping-048')!;

/** The reply box as the agent sees it: its text and what is selected in it. */
async function replyState(box: Locator): Promise<{ value: string; selected: string }> {
  return box.evaluate((element: HTMLTextAreaElement) => ({
    value: element.value,
    selected: element.value.slice(element.selectionStart, element.selectionEnd),
  }));
}

/** The same agent stories on the demo page and on a seller client. */
function describeShortcuts(open: () => { page: Page; box: Locator; extension: ExtensionBrowser }) {
  const picker = () => open().page.locator('[data-testid="shortcut-picker"]');

  async function startTyping(text: string): Promise<void> {
    const { box, page } = open();
    await box.fill('');
    await box.click();
    await page.keyboard.type(text);
  }

  it('/hy opens the picker with the greeting first; Enter puts the greeting in place of /hy, unsent', async () => {
    await startTyping('/hy');
    await expect.poll(() => picker().locator('[data-testid="shortcut-picker-option"]').first().getAttribute('data-phrase-uid')).toMatch(/\/greeting-001$/);
    await open().page.keyboard.press('Enter');
    await expect.poll(async () => (await replyState(open().box)).value).toBe(GREETING_FILLED);
    await expect(picker().count()).resolves.toBe(0);
  });

  it('leaves a / inside a sentence alone', async () => {
    await startTyping('好的/hy');
    await open().page.waitForTimeout(400);
    expect(await picker().count()).toBe(0);
    expect((await replyState(open().box)).value).toBe('好的/hy');
  });

  it('a phrase with {日期} goes in with {日期} selected, so the agent types the date over it', async () => {
    await startTyping('/linshiquehuo');
    await expect.poll(() => picker().locator('[data-testid="shortcut-picker-option"]').first().getAttribute('data-phrase-uid')).toMatch(/\/shipping-048$/);
    await open().page.keyboard.press('Tab');
    await expect.poll(() => replyState(open().box)).toEqual({ value: RESTOCK.text, selected: '{日期}' });
    await open().page.keyboard.type('周五');
    expect((await replyState(open().box)).value).toBe(RESTOCK.text.replace('{日期}', '周五'));
  });

  // Last: a client that re-renders its reply box mid-composition (the 拼多多 fixture does) may be
  // left believing a composition is still under way.
  it('does nothing while a Chinese input method composes after the /', async () => {
    const { extension, page } = open();
    await startTyping('/');
    const cdp = await extension.context.newCDPSession(page);
    try {
      await cdp.send('Input.imeSetComposition', { text: 'hy', selectionStart: 2, selectionEnd: 2 });
      // The Enter that would pick a candidate arrives as keyCode 229: neither the picker nor the page acts.
      await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
      await page.waitForTimeout(300);
      expect(await picker().count()).toBe(0);
    } finally {
      await cdp.detach();
    }
  });
}

describe('typing shortcuts in the reply box (shipped build)', () => {
  let extension: ExtensionBrowser;
  let refusedRequests: string[];

  beforeAll(async () => {
    ({ extension, refusedRequests } = await startWithClientFixture());
  });
  afterAll(async () => {
    await extension?.close();
  });

  describe('on the demo page', () => {
    let demo: Page;
    beforeAll(async () => {
      demo = await extension.openExtensionPage('demo.html');
      await demo.locator('.conv-item').first().click();
      await demo.locator('textarea#demo-reply-input').waitFor();
    });
    describeShortcuts(() => ({ page: demo, box: demo.locator('textarea#demo-reply-input'), extension }));

    it('sent no message while picking', async () => {
      expect(await demo.locator('li.msg.msg--agent').count()).toBe(0);
    });
  });

  describe('on a 拼多多-style client served at its real address', () => {
    let chat: Page;
    beforeAll(async () => {
      chat = await openClientFixture(extension);
    });
    it('fills {买家} with the open conversation’s buyer, and the page’s own model sees the text', async () => {
      await chat.locator('#replyTextarea').fill('');
      await chat.locator('#replyTextarea').click();
      await chat.keyboard.type('/nhzd');
      await chat.locator('[data-testid="shortcut-picker"]').waitFor();
      await chat.keyboard.press('Enter');
      await expect.poll(() => chat.locator('#replyTextarea').inputValue()).toMatch(/^小橙子2024您好，在的～/);
      expect(await chat.locator('#model-mirror').textContent()).toBe(await chat.locator('#replyTextarea').inputValue());
      expect(await chat.locator('#send-count').textContent()).toBe('0');
    });

    describeShortcuts(() => ({ page: chat, box: chat.locator('#replyTextarea'), extension }));

    it('sent nothing to the network', () => {
      expect(refusedRequests).toEqual([]);
    });
  });
});
