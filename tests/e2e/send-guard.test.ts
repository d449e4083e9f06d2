import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { tabIdOf } from '../../utils/dev-tools/browser/extension-control';
import { defaultWordingRules } from '../../utils/risky-wording/default-rules';
import { typeWithIme } from './support/ime';
import { readLibraryRecord } from './support/library-records';
import { openClientFixture, startWithClientFixture } from './support/open-client-fixture';

/** Pulls the buyer off the platform: a `block` rule on every platform. */
const BLOCKED_DRAFT = '加我微信聊';
const BLOCKING_RULE = 'off-platform-contact';
const CLEAN_DRAFT = '好的亲，今天下午就给您发货';
/** 最畅销 is a soft absolute claim: worth a look, not worth stopping the send. */
const WARN_ONLY_DRAFT = '这款是我们店最畅销的款';

const SAFE_ALTERNATIVE = defaultWordingRules().find((rule) => rule.id === BLOCKING_RULE)?.alternative['zh-CN'] ?? '';

/** How often 仍然发送 was counted for a rule, read straight from the library's IndexedDB in the worker. */
async function sentAnywayCount(extension: ExtensionBrowser, ruleUid: string): Promise<number> {
  const stats = (await readLibraryRecord(extension, 'ruleStats', ruleUid)) as { sentAnyway?: number } | undefined;
  return stats?.sentAnyway ?? 0;
}

function guardPanel(page: Page): Locator {
  return page.locator('[data-testid="send-guard"]');
}

describe('send guard: a draft that breaks a platform rule is stopped before it is sent', () => {
  let extension: ExtensionBrowser;
  let refusedRequests: string[];

  beforeAll(async () => {
    ({ extension, refusedRequests } = await startWithClientFixture());
  });
  afterAll(async () => {
    await extension?.close();
  });

  describe('on the demo chat', () => {
    let demo: Page;
    const input = () => demo.locator('textarea#demo-reply-input');
    const agentTexts = () => demo.locator('li.msg.msg--agent .msg__text');

    beforeAll(async () => {
      demo = await extension.openExtensionPage('demo.html');
      await demo.locator('li.msg.msg--buyer').first().waitFor();
    });

    it('stops Enter on 加我微信聊, shows why and the safe wording; 替换 fixes the draft, which then sends', async () => {
      const sentBefore = await agentTexts().count();
      await input().fill(BLOCKED_DRAFT);
      await input().press('Enter');

      await expect.poll(() => guardPanel(demo).getAttribute('data-status')).toBe('blocked');
      await expect.poll(() => guardPanel(demo).locator('mark[data-severity="block"]').textContent()).toBe('加我微信');
      expect(await guardPanel(demo).innerText()).toContain(SAFE_ALTERNATIVE);
      expect(await input().inputValue()).toBe(BLOCKED_DRAFT);
      expect(await agentTexts().count()).toBe(sentBefore);

      // The panel has the focus: the keyboard alone picks 替换.
      await expect.poll(() => demo.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('guard-replace');
      await demo.keyboard.press('Enter');
      await expect.poll(() => input().inputValue()).toBe(SAFE_ALTERNATIVE);
      await expect.poll(() => guardPanel(demo).count()).toBe(0);

      await input().press('Enter');
      await expect.poll(async () => (await agentTexts().last().textContent())?.trim()).toBe(SAFE_ALTERNATIVE);
      expect(await agentTexts().count()).toBe(sentBefore + 1);
    });

    it('sends a clean draft on Enter without showing anything, and a draft with only a warning too', async () => {
      for (const draft of [CLEAN_DRAFT, WARN_ONLY_DRAFT]) {
        const sentBefore = await agentTexts().count();
        await input().fill(draft);
        await input().press('Enter');
        await expect.poll(() => agentTexts().count()).toBe(sentBefore + 1);
        expect((await agentTexts().last().textContent())?.trim()).toBe(draft);
        expect(await input().inputValue()).toBe('');
      }
      await expect.poll(() => guardPanel(demo).count()).toBe(0);
    });

    it('stops Enter on a reply with {日期} still unfilled and names the blank', async () => {
      const sentBefore = await agentTexts().count();
      await input().fill('预计{日期}到仓');
      await input().press('Enter');

      await expect.poll(() => guardPanel(demo).getAttribute('data-status')).toBe('blocked');
      expect(await guardPanel(demo).innerText()).toContain('回复里还有未填写的 {日期}');
      expect(await agentTexts().count()).toBe(sentBefore);

      await demo.keyboard.press('Escape');
      await expect.poll(() => guardPanel(demo).count()).toBe(0);
      await input().fill('');
    });

    it('does nothing extra on the Enter that picks an IME candidate; the next Enter is stopped', async () => {
      const sentBefore = await agentTexts().count();
      await input().fill('加我微信');
      await input().click();
      await typeWithIme(extension.context, demo, 'liao', '聊');
      await expect.poll(() => input().inputValue()).toBe(BLOCKED_DRAFT);
      expect(await guardPanel(demo).getAttribute('data-status')).not.toBe('blocked');
      expect(await agentTexts().count()).toBe(sentBefore);

      await input().press('Enter');
      await expect.poll(() => guardPanel(demo).getAttribute('data-status')).toBe('blocked');
      await demo.locator('[data-testid="guard-cancel"]').click();
      await expect.poll(() => guardPanel(demo).count()).toBe(0);
      expect(await input().inputValue()).toBe(BLOCKED_DRAFT);
    });

    it('sends the draft on 仍然发送 and counts it for the team lead', async () => {
      const countBefore = await sentAnywayCount(extension, `default-rules/${BLOCKING_RULE}`);
      const sentBefore = await agentTexts().count();
      await input().fill(BLOCKED_DRAFT);
      await demo.locator('button#demo-send').click();
      await expect.poll(() => guardPanel(demo).getAttribute('data-status')).toBe('blocked');
      expect(await agentTexts().count()).toBe(sentBefore);

      await demo.locator('[data-testid="guard-send-anyway"]').click();
      await expect.poll(async () => (await agentTexts().last().textContent())?.trim()).toBe(BLOCKED_DRAFT);
      await expect.poll(() => sentAnywayCount(extension, `default-rules/${BLOCKING_RULE}`)).toBe(countBefore + 1);
    });
  });

  describe('on a 拼多多-style page at its real URL', () => {
    let chat: Page;
    const replyBox = () => chat.locator('#replyTextarea');
    const sendButton = () => chat.locator('.reply-box .send-btn');
    const sends = async () => Number(await chat.locator('#send-count').textContent());

    beforeAll(async () => {
      chat = await openClientFixture(extension);
    });

    it('stops Enter and the 发送 button on a blocked draft; 替换 fixes it where the page’s model sees it', async () => {
      await replyBox().fill(BLOCKED_DRAFT);
      await replyBox().press('Enter');
      await expect.poll(() => guardPanel(chat).getAttribute('data-status')).toBe('blocked');
      await expect.poll(() => guardPanel(chat).locator('mark[data-severity="block"]').textContent()).toBe('加我微信');
      expect(await replyBox().inputValue()).toBe(BLOCKED_DRAFT);

      await sendButton().click();
      expect(await sends()).toBe(0);
      await expect.poll(() => guardPanel(chat).getAttribute('data-status')).toBe('blocked');

      await guardPanel(chat).locator('[data-testid="guard-replace"]').first().click();
      await expect.poll(() => replyBox().inputValue()).toBe(SAFE_ALTERNATIVE);
      expect(await chat.locator('#model-mirror').textContent()).toBe(SAFE_ALTERNATIVE);
      await expect.poll(() => guardPanel(chat).count()).toBe(0);

      await sendButton().click();
      await expect.poll(sends).toBe(1);
      expect(await chat.locator('.cs-item .msg-content-box').last().textContent()).toBe(SAFE_ALTERNATIVE);
    });

    it('lets a clean draft through the 发送 button untouched', async () => {
      const before = await sends();
      await replyBox().fill(CLEAN_DRAFT);
      await sendButton().click();
      await expect.poll(sends).toBe(before + 1);
      expect(await chat.locator('.cs-item .msg-content-box').last().textContent()).toBe(CLEAN_DRAFT);
      expect(await guardPanel(chat).count()).toBe(0);
    });

    it('stops a draft in traditional characters once the worker has read it, marking what the agent typed', async () => {
      const before = await sends();
      await replyBox().fill('親，發票這邊開不了喔，不好意思');
      // The page's own check knows no traditional characters; the worker's verdict arrives after the pause.
      await expect.poll(() => guardPanel(chat).locator('mark[data-severity="block"]').textContent()).toBe('發票這邊開不了');
      await sendButton().click();
      await expect.poll(() => guardPanel(chat).getAttribute('data-status')).toBe('blocked');
      expect(await sends()).toBe(before);
      await chat.keyboard.press('Escape');
      await replyBox().fill('');
    });

    it('warns about a rude tone no rule lists, and lets the agent send it', async () => {
      const before = await sends();
      const draft = '这都第几遍了，我上面写得明明白白';
      await replyBox().fill(draft);
      await expect.poll(() => guardPanel(chat).locator('mark[data-severity="warn"]').textContent()).toBe(draft);
      expect(await guardPanel(chat).innerText()).toContain('语气');
      await sendButton().click();
      await expect.poll(sends).toBe(before + 1);
    });

    it('ignores the Enter that picks an IME candidate', async () => {
      await replyBox().fill('加我微信');
      await replyBox().click();
      await typeWithIme(extension.context, chat, 'liao', '聊');
      await expect.poll(() => replyBox().inputValue()).toBe(BLOCKED_DRAFT);
      expect(await guardPanel(chat).getAttribute('data-status')).not.toBe('blocked');
    });

    it('on 仍然发送 counts the override and, since 拼多多 ignores synthetic sends, lets the agent’s own 发送 through', async () => {
      const countBefore = await sentAnywayCount(extension, `default-rules/${BLOCKING_RULE}`);
      const before = await sends();
      await replyBox().fill(BLOCKED_DRAFT);
      await sendButton().click();
      await expect.poll(() => guardPanel(chat).getAttribute('data-status')).toBe('blocked');

      await guardPanel(chat).locator('[data-testid="guard-send-anyway"]').click();
      await expect.poll(() => guardPanel(chat).locator('[data-testid="send-guard-resend"]').getAttribute('data-why')).toBe('site-ignores-click');
      // The guard never clicked 发送 itself here.
      expect(await sends()).toBe(before);
      await expect.poll(() => sentAnywayCount(extension, `default-rules/${BLOCKING_RULE}`)).toBe(countBefore + 1);

      await sendButton().click();
      await expect.poll(sends).toBe(before + 1);
      expect(await chat.locator('.cs-item .msg-content-box').last().textContent()).toBe(BLOCKED_DRAFT);
      await expect.poll(() => guardPanel(chat).count()).toBe(0);
    });

    it('checks the draft in the popup, and a word flagged there is a warning in the page at once', async () => {
      await replyBox().fill('明天老地方见，加我微信聊');
      await replyBox().click();
      const popup = await extension.openExtensionPage(`popup.html?tab=${await tabIdOf(extension, chat)}`);
      await popup.locator('[data-testid="open-wording-check"]').click();
      await expect.poll(() => popup.locator('[data-testid="wording-check-state"]').getAttribute('data-state'), { timeout: 15_000 }).toBe('findings');
      expect(await popup.locator('[data-testid="highlighted-draft"] mark[data-severity="block"]').textContent()).toBe('加我微信');

      await popup.locator('[data-testid="flag-term"]').fill('老地方见');
      await popup.locator('[data-testid="flag-reason"]').fill('暗示线下见面交易');
      await popup.locator('[data-testid="flag-category"]').selectOption('off-platform');
      await popup.locator('[data-testid="flag-submit"]').click();
      await expect.poll(() => popup.locator('[data-testid="flag-item"]').first().getAttribute('data-status')).toBe('pending-review');
      expect(await popup.locator('[data-testid="flag-item"]').first().innerText()).toContain('待审核');
      await expect.poll(() => popup.locator('[data-testid="highlighted-draft"] mark[data-severity="warn"]').textContent()).toBe('老地方见');
      await popup.close();

      await chat.bringToFront();
      await replyBox().fill('');
      await replyBox().pressSequentially('明天老地方见');
      await expect.poll(() => guardPanel(chat).getAttribute('data-status')).toBe('notice');
      await expect.poll(() => guardPanel(chat).locator('[data-testid="wording-finding"]').first().getAttribute('data-severity')).toBe('warn');
      expect(await guardPanel(chat).locator('mark[data-severity="warn"]').textContent()).toBe('老地方见');
    });
  });

  it('sent nothing to the network', () => {
    expect(refusedRequests).toEqual([]);
  });
});
