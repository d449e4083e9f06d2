// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { barInsertion } from '../../../../utils/page/bar/bar-insertion';
import { createBarModel, type BarModel } from '../../../../utils/page/bar/bar-model';
import { startPageSession, type PageSession } from '../../../../utils/page/page-session';
import { createPhraseInsertion } from '../../../../utils/page/phrase-insertion';
import type { SuggestedProduct } from '../../../../utils/schemas/product';
import { DEFAULT_SETTINGS } from '../../../../utils/schemas/settings';
import type { Suggestion } from '../../../../utils/schemas/suggestion';
import { demoAdapter } from '../../../../utils/sites/demo-adapter';
import { loadFixturePage } from '../../../fixtures/pages/load-fixture-page';

/**
 * The bar's two insertions over a real page session on the demo chat, through the page's one
 * insertion path: a suggestion goes in filled and counted, a fact from the facts card goes in at
 * the caret as written and counts as no phrase use.
 */

const KETTLE: SuggestedProduct = {
  uid: 'team/电热水壶 1.5L',
  name: '电热水壶 1.5L',
  facts: [
    { name: '功率', value: '1800W' },
    { name: '保修', value: '整机保修一年' },
  ],
  showFacts: true,
};
const HOLDING: Suggestion = {
  phraseUid: 'team/holding-001',
  packId: 'team',
  text: '{买家}，我帮您核实一下，请稍等～',
  category: 'product',
  score: 0.9,
  reason: { kind: 'trigger', matched: '保修' },
};

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function replyBox(): HTMLTextAreaElement {
  const box = document.querySelector<HTMLTextAreaElement>('#demo-reply-input');
  if (!box) throw new Error('fixture has no reply box');
  return box;
}

describe('the bar’s insertions on a chat page', () => {
  let session: PageSession;
  let model: BarModel;
  const recordInsertion = vi.fn(async (_phraseUid: string, _intent: string): Promise<unknown> => undefined);
  const watch = vi.fn();

  beforeEach(async () => {
    loadFixturePage('demo-chat.html');
    recordInsertion.mockClear();
    watch.mockClear();
    session = startPageSession({ adapter: demoAdapter, doc: document });
    const insertPhrase = createPhraseInsertion({ session, loadSettings: async () => DEFAULT_SETTINGS, recordInsertion, outcomes: { watch }, onError: () => undefined });
    model = createBarModel({
      suggest: async () => ({ buyerTurn: '保修多久', suggestions: [HOLDING], product: KETTLE }),
      ...barInsertion(insertPhrase),
      onError: () => undefined,
    });
    model.showThread({ thread: session.readThread().thread, kind: 'conversation-switched' });
    await flush();
  });
  afterEach(() => session.stop());

  it('puts the fact the agent picks into the reply box at the caret, as written, counting no phrase use', async () => {
    const box = replyBox();
    box.focus();
    box.value = '亲，保修是，放心用';
    box.setSelectionRange(5, 5);
    box.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    expect(model.getView().factsOpen).toBe(true);
    expect(model.insertFact(1)).toBe(true);
    await vi.waitFor(() => expect(model.getView().feedback).toEqual({ kind: 'inserted' }));
    expect(box.value).toBe('亲，保修是整机保修一年，放心用');
    expect(recordInsertion).not.toHaveBeenCalled();
    expect(watch).not.toHaveBeenCalled();
  });

  it('still inserts a suggestion as a phrase, filled for the conversation and counted', async () => {
    expect(model.insertAt(0)).toBe(true);
    await vi.waitFor(() => expect(model.getView().feedback).toEqual({ kind: 'inserted' }));
    expect(replyBox().value).toMatch(/，我帮您核实一下，请稍等～$/);
    expect(replyBox().value).not.toContain('{买家}');
    expect(recordInsertion).toHaveBeenCalledWith('team/holding-001', 'product');
  });
});
