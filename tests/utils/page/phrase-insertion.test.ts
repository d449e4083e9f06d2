// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { startPageSession, type PageSession } from '../../../utils/page/page-session';
import { createPhraseInsertion, type InsertPhrase } from '../../../utils/page/phrase-insertion';
import { DEFAULT_SETTINGS } from '../../../utils/schemas/settings';
import { demoAdapter } from '../../../utils/sites/demo-adapter';
import type { WatchedInsertion } from '../../../utils/usage/observe-insertion-outcome';
import { loadFixturePage } from '../../fixtures/pages/load-fixture-page';

/**
 * The one way a phrase goes into the reply box (bar, popup, `/` picker, demo, shortcut,
 * practice): filled from the conversation, inserted through the page session, the first blank
 * selected, the use counted and the outcome watched; on a real page session over the demo chat.
 */

function replyBox(): HTMLTextAreaElement {
  const box = document.querySelector<HTMLTextAreaElement>('#demo-reply-input');
  if (!box) throw new Error('fixture has no reply box');
  return box;
}

describe('inserting a library phrase on a chat page', () => {
  let session: PageSession;
  let insertPhrase: InsertPhrase;
  let recordInsertion: Mock<(phraseUid: string, intent: string) => Promise<unknown>>;
  let watch: Mock<(insertion: WatchedInsertion) => void>;
  let onError: Mock<(error: unknown) => void>;

  beforeEach(() => {
    loadFixturePage('demo-chat.html');
    session = startPageSession({ adapter: demoAdapter, doc: document });
    recordInsertion = vi.fn(async (_phraseUid: string, _intent: string): Promise<unknown> => undefined);
    watch = vi.fn((_insertion: WatchedInsertion) => undefined);
    onError = vi.fn((_error: unknown) => undefined);
    insertPhrase = createPhraseInsertion({
      session,
      loadSettings: async () => ({ ...DEFAULT_SETTINGS, agentName: '阿青', shopName: '青青小铺' }),
      recordInsertion,
      outcomes: { watch },
      onError,
    });
  });
  afterEach(() => session.stop());

  it('fills the placeholders from the open conversation and the settings, and the reply box shows it', async () => {
    const result = await insertPhrase({ text: '{买家}您好，我是{店铺名}的{客服名}～', phraseUid: 'default-zh:greeting-001', category: 'greeting' });
    expect(result).toMatchObject({ ok: true, text: '精打细算的猫您好，我是青青小铺的阿青～' });
    expect(replyBox().value).toBe('精打细算的猫您好，我是青青小铺的阿青～');
  });

  it('counts the use and watches the outcome under the phrase’s ids, with the text as it went in', async () => {
    await insertPhrase({ text: '亲，{客服名}在的', phraseUid: 'default-zh:greeting-002', category: 'greeting' });
    expect(recordInsertion).toHaveBeenCalledWith('default-zh:greeting-002', 'greeting');
    expect(watch).toHaveBeenCalledWith({ text: '亲，阿青在的', phraseUid: 'default-zh:greeting-002', intent: 'greeting' });
  });

  it('selects the first blank only the agent can fill', async () => {
    const box = replyBox();
    box.focus();
    await insertPhrase({ text: '这款预计{日期}到仓', phraseUid: 'default-zh:shipping-009', category: 'shipping' });
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe('{日期}');
  });

  it('fills from the conversation it is given instead of reading the page', async () => {
    const result = await insertPhrase(
      { text: '{买家}，在的', phraseUid: 'default-zh:greeting-003', category: 'greeting' },
      { thread: { site: 'demo', buyer: { nickname: '小橙子' }, messages: [{ role: 'buyer', text: '在吗' }] } },
    );
    expect(result?.text).toBe('小橙子，在的');
  });

  it('goes into the reply box it is handed, and inserts nothing when told the moment has passed', async () => {
    const box = replyBox();
    box.focus();
    box.value = '/hy';
    box.setSelectionRange(0, 3);
    const cancelled = await insertPhrase({ text: '在的', phraseUid: 'p:1', category: 'greeting' }, { into: box, ready: () => false });
    expect(cancelled).toBeNull();
    expect(box.value).toBe('/hy');
    expect(recordInsertion).not.toHaveBeenCalled();

    await insertPhrase({ text: '在的', phraseUid: 'p:1', category: 'greeting' }, { into: box, ready: () => true });
    expect(box.value).toBe('在的');
  });

  it('counts nothing and watches nothing when the page has no reply box', async () => {
    replyBox().remove();
    const result = await insertPhrase({ text: '在的', phraseUid: 'p:1', category: 'greeting' });
    expect(result).toMatchObject({ ok: false, reason: 'no-input' });
    expect(recordInsertion).not.toHaveBeenCalled();
    expect(watch).not.toHaveBeenCalled();
  });

  it('still reports the insertion when only the use count failed', async () => {
    recordInsertion.mockRejectedValue(new Error('Extension context invalidated.'));
    const result = await insertPhrase({ text: '在的', phraseUid: 'p:1', category: 'greeting' });
    expect(result?.ok).toBe(true);
    expect(onError).toHaveBeenCalled();
  });

  it('puts a product fact in at the caret as written, and counts no phrase use', async () => {
    const box = replyBox();
    box.focus();
    box.value = '亲，这款保修：，放心买';
    box.setSelectionRange(7, 7);
    const result = await insertPhrase({ text: '整机保修一年（{店铺名}不代填）', plain: true });
    expect(result).toMatchObject({ ok: true, text: '整机保修一年（{店铺名}不代填）' });
    expect(box.value).toBe('亲，这款保修：整机保修一年（{店铺名}不代填），放心买');
    expect(recordInsertion).not.toHaveBeenCalled();
    expect(watch).not.toHaveBeenCalled();
  });
});
