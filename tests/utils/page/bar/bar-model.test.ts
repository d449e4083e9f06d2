import { describe, expect, it, vi } from 'vitest';
import { createBarModel, type BarModelDeps } from '../../../../utils/page/bar/bar-model';
import type { InsertResult } from '../../../../utils/schemas/page-results';
import type { SuggestedProduct } from '../../../../utils/schemas/product';
import type { Suggestion, SuggestResult } from '../../../../utils/schemas/suggestion';
import type { Thread } from '../../../../utils/schemas/thread';

function suggestion(id: string, category = 'bargaining'): Suggestion {
  return { phraseUid: `default-zh/${id}`, packId: 'default-zh', text: `话术 ${id}`, category, score: 0.5, reason: { kind: 'trigger', matched: '' } };
}

function thread(buyer: string, ...texts: Array<[role: 'buyer' | 'agent', text: string]>): Thread {
  return { site: 'generic', buyer: { nickname: buyer }, messages: texts.map(([role, text]) => ({ role, text })) };
}

/** A worker whose answers the test releases one by one, in any order. */
function pendingWorker() {
  const pending: Array<{ thread: Thread; resolve: (result: SuggestResult) => void; reject: (error: Error) => void }> = [];
  const suggest = (asked: Thread) => new Promise<SuggestResult>((resolve, reject) => pending.push({ thread: asked, resolve, reject }));
  return { pending, suggest };
}

function deps(overrides: Partial<BarModelDeps>): BarModelDeps {
  return {
    suggest: () => Promise.resolve({ buyerTurn: null, suggestions: [] }),
    insert: () => Promise.resolve({ ok: true }),
    insertFact: () => Promise.resolve({ ok: true }),
    onError: () => undefined,
    ...overrides,
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const ORANGE = thread('小橙子', ['buyer', '能便宜点吗']);
const CAT = thread('路过的猫', ['buyer', '什么时候发货']);

describe('the in-page bar’s suggestions', () => {
  it('shows the top three for the buyer’s latest message as soon as the worker answers', async () => {
    const worker = pendingWorker();
    const model = createBarModel(deps({ suggest: worker.suggest }));
    model.showThread({ thread: ORANGE, kind: 'conversation-switched' });
    expect(model.getView().phase).toBe('loading');
    worker.pending[0]!.resolve({ buyerTurn: '能便宜点吗', suggestions: ['a', 'b', 'c', 'd'].map((id) => suggestion(id)) });
    await flush();
    expect(model.getView()).toMatchObject({ phase: 'ready', buyerTurn: '能便宜点吗' });
    expect(model.getView().suggestions.map((item) => item.phraseUid)).toEqual(['default-zh/a', 'default-zh/b', 'default-zh/c']);
  });

  it('drops a late answer for a conversation no longer on screen', async () => {
    const worker = pendingWorker();
    const model = createBarModel(deps({ suggest: worker.suggest }));
    model.showThread({ thread: ORANGE, kind: 'conversation-switched' });
    model.showThread({ thread: CAT, kind: 'conversation-switched' });
    worker.pending[1]!.resolve({ buyerTurn: '什么时候发货', suggestions: [suggestion('ship', 'shipping')] });
    await flush();
    worker.pending[0]!.resolve({ buyerTurn: '能便宜点吗', suggestions: [suggestion('cheap')] });
    await flush();
    expect(model.getView().buyerTurn).toBe('什么时候发货');
    expect(model.getView().suggestions.map((item) => item.category)).toEqual(['shipping']);
  });

  it('never leaves the previous message’s phrases under Alt+1 while a new buyer message is answered', async () => {
    const worker = pendingWorker();
    const insert = vi.fn(() => Promise.resolve<InsertResult>({ ok: true }));
    const model = createBarModel(deps({ suggest: worker.suggest, insert }));
    model.showThread({ thread: ORANGE, kind: 'conversation-switched' });
    worker.pending[0]!.resolve({ buyerTurn: '能便宜点吗', suggestions: [suggestion('cheap')] });
    await flush();
    model.showThread({ thread: thread('小橙子', ['buyer', '能便宜点吗'], ['buyer', '发什么快递']), kind: 'new-message' });
    expect(model.getView().suggestions).toEqual([]);
    expect(model.insertAt(0)).toBe(false);
    expect(insert).not.toHaveBeenCalled();
  });

  it('asks again, showing nothing stale, when the conversation turns to another product', async () => {
    const worker = pendingWorker();
    const model = createBarModel(deps({ suggest: worker.suggest }));
    const aboutCup: Thread = { ...thread('小橙子', ['buyer', '保修多久']), product: { title: '保温杯' } };
    model.showThread({ thread: aboutCup, kind: 'conversation-switched' });
    worker.pending[0]!.resolve({ buyerTurn: '保修多久', suggestions: [suggestion('cup-warranty', 'product')] });
    await flush();
    model.showThread({ thread: { ...aboutCup, product: { title: '花瓶' } }, kind: 'product-changed' });
    expect(model.getView()).toMatchObject({ phase: 'loading', suggestions: [] });
    expect(worker.pending[1]?.thread.product).toEqual({ title: '花瓶' });
  });

  it('keeps the suggestions when only older history loads above', async () => {
    const worker = pendingWorker();
    const model = createBarModel(deps({ suggest: worker.suggest }));
    model.showThread({ thread: ORANGE, kind: 'conversation-switched' });
    worker.pending[0]!.resolve({ buyerTurn: '能便宜点吗', suggestions: [suggestion('cheap')] });
    await flush();
    model.showThread({ thread: thread('小橙子', ['buyer', '在吗'], ['buyer', '能便宜点吗']), kind: 'history-loaded' });
    expect(worker.pending).toHaveLength(1);
    expect(model.getView().suggestions).toHaveLength(1);
  });

  it('has no bar at all when the page shows no conversation', async () => {
    const model = createBarModel(deps({ suggest: () => Promise.resolve({ buyerTurn: 'x', suggestions: [suggestion('a')] }) }));
    model.showThread({ thread: ORANGE, kind: 'conversation-switched' });
    await flush();
    model.showThread({ thread: null, kind: 'cleared' });
    expect(model.getView().thread).toBeNull();
    expect(model.getView().suggestions).toEqual([]);
    expect(model.toggleHidden()).toBe(false);
  });

  it('inserts the chosen phrase for the conversation it belongs to (the insertion path counts its use)', async () => {
    const insert = vi.fn(() => Promise.resolve<InsertResult>({ ok: true, strategy: 'native-value-setter' }));
    const model = createBarModel(
      deps({ suggest: () => Promise.resolve({ buyerTurn: '能便宜点吗', suggestions: [suggestion('a'), suggestion('b')] }), insert }),
    );
    model.showThread({ thread: ORANGE, kind: 'conversation-switched' });
    await flush();
    expect(model.insertAt(1)).toBe(true);
    await flush();
    expect(insert).toHaveBeenCalledWith(suggestion('b'), ORANGE);
    expect(model.getView().feedback).toEqual({ kind: 'inserted' });
  });

  it('says why nothing was inserted', async () => {
    const model = createBarModel(
      deps({
        suggest: () => Promise.resolve({ buyerTurn: 'x', suggestions: [suggestion('a')] }),
        insert: () => Promise.resolve({ ok: false, reason: 'no-input' }),
      }),
    );
    model.showThread({ thread: ORANGE, kind: 'conversation-switched' });
    await flush();
    model.insertAt(0);
    await flush();
    expect(model.getView().feedback).toEqual({ kind: 'failed', reason: 'no-input' });
  });

  it('stays hidden after Esc until the buyer writes again', async () => {
    const model = createBarModel(deps({ suggest: () => Promise.resolve({ buyerTurn: 'x', suggestions: [suggestion('a')] }) }));
    model.showThread({ thread: ORANGE, kind: 'conversation-switched' });
    await flush();
    model.hide();
    expect(model.getView().hidden).toBe(true);
    expect(model.insertAt(0)).toBe(false);
    model.showThread({ thread: thread('小橙子', ['buyer', '能便宜点吗'], ['agent', '亲，已经是最低价了']), kind: 'new-message' });
    expect(model.getView().hidden).toBe(true);
    model.showThread({ thread: thread('小橙子', ['buyer', '能便宜点吗'], ['agent', '亲'], ['buyer', '好吧']), kind: 'new-message' });
    expect(model.getView().hidden).toBe(false);
  });

  it('reports a worker that cannot answer, and shows that suggestions are unavailable', async () => {
    const onError = vi.fn();
    const model = createBarModel(deps({ suggest: () => Promise.reject(new Error('Extension context invalidated.')), onError }));
    model.showThread({ thread: ORANGE, kind: 'conversation-switched' });
    await flush();
    expect(model.getView().phase).toBe('failed');
    expect(onError).toHaveBeenCalledTimes(1);
  });
});

const CUP: SuggestedProduct = {
  uid: 'team/不锈钢保温杯 500ml',
  name: '不锈钢保温杯 500ml',
  sku: '黑色',
  facts: [
    { name: '材质', value: '316 不锈钢内胆' },
    { name: '保修', value: '整机保修一年' },
  ],
  showFacts: false,
};
const KETTLE: SuggestedProduct = { uid: 'team/电热水壶 1.5L', name: '电热水壶 1.5L', facts: [{ name: '功率', value: '1800W' }], showFacts: true };

/** A worker that answers every thread with the same product and one phrase (the holding reply when showFacts). */
function productWorker(product: SuggestedProduct | undefined) {
  const answer = { current: product };
  const suggest = vi.fn((asked: Thread) =>
    Promise.resolve<SuggestResult>({ buyerTurn: asked.messages.at(-1)?.text ?? null, suggestions: [suggestion('hold', 'product')], product: answer.current }),
  );
  return { answer, suggest };
}

describe('the in-page bar’s product and its facts card', () => {
  it('shows the recognised product with the card closed when a phrase answers the question', async () => {
    const model = createBarModel(deps({ suggest: productWorker(CUP).suggest }));
    model.showThread({ thread: ORANGE, kind: 'conversation-switched' });
    await flush();
    expect(model.getView()).toMatchObject({ product: { name: '不锈钢保温杯 500ml', sku: '黑色' }, factsOpen: false });
  });

  it('opens the card by itself when the product has no answer to the question (showFacts)', async () => {
    const model = createBarModel(deps({ suggest: productWorker(KETTLE).suggest }));
    model.showThread({ thread: ORANGE, kind: 'conversation-switched' });
    await flush();
    expect(model.getView()).toMatchObject({ product: { name: '电热水壶 1.5L' }, factsOpen: true });
  });

  it('opens and closes the card for the agent, and keeps their choice while the buyer message is the same', async () => {
    const worker = productWorker(CUP);
    const model = createBarModel(deps({ suggest: worker.suggest }));
    model.showThread({ thread: ORANGE, kind: 'conversation-switched' });
    await flush();
    expect(model.toggleFacts()).toBe(true);
    expect(model.getView().factsOpen).toBe(true);
    // The agent's own reply is asked about again: the card stays as the agent left it.
    model.showThread({ thread: thread('小橙子', ['buyer', '能便宜点吗'], ['agent', '亲，在的']), kind: 'new-message' });
    await flush();
    expect(model.getView().factsOpen).toBe(true);
    expect(model.toggleFacts()).toBe(true);
    expect(model.getView().factsOpen).toBe(false);
    // The buyer writes again: the engine decides again.
    worker.answer.current = { ...CUP, showFacts: true };
    model.showThread({ thread: thread('小橙子', ['buyer', '能便宜点吗'], ['agent', '亲，在的'], ['buyer', '保修多久']), kind: 'new-message' });
    await flush();
    expect(model.getView().factsOpen).toBe(true);
  });

  it('Alt+P opens the card and asks it to focus its first fact', async () => {
    const model = createBarModel(deps({ suggest: productWorker(CUP).suggest }));
    model.showThread({ thread: ORANGE, kind: 'conversation-switched' });
    await flush();
    const before = model.getView().factsFocus;
    expect(model.focusFacts()).toBe(true);
    expect(model.getView().factsOpen).toBe(true);
    expect(model.getView().factsFocus).toBe(before + 1);
  });

  it('inserts the fact the agent picks as plain text, and says it went in', async () => {
    const insert = vi.fn(() => Promise.resolve<InsertResult>({ ok: true }));
    const insertFact = vi.fn((_value: string) => Promise.resolve<InsertResult>({ ok: true }));
    const model = createBarModel(deps({ suggest: productWorker(CUP).suggest, insert, insertFact }));
    model.showThread({ thread: ORANGE, kind: 'conversation-switched' });
    await flush();
    expect(model.insertFact(1)).toBe(true);
    await flush();
    expect(insertFact).toHaveBeenCalledWith('整机保修一年');
    expect(insert).not.toHaveBeenCalled();
    expect(model.getView().feedback).toEqual({ kind: 'inserted' });
    expect(model.insertFact(2)).toBe(false);
  });

  it('shows another conversation’s product, never the previous one’s, and nothing for an unrecognised product', async () => {
    const worker = productWorker(KETTLE);
    const model = createBarModel(deps({ suggest: worker.suggest }));
    model.showThread({ thread: ORANGE, kind: 'conversation-switched' });
    await flush();
    worker.answer.current = CUP;
    model.showThread({ thread: CAT, kind: 'conversation-switched' });
    expect(model.getView()).toMatchObject({ product: null, factsOpen: false });
    await flush();
    expect(model.getView()).toMatchObject({ product: { name: '不锈钢保温杯 500ml' }, factsOpen: false });
    worker.answer.current = undefined;
    model.showThread({ thread: ORANGE, kind: 'conversation-switched' });
    await flush();
    expect(model.getView()).toMatchObject({ product: null, factsOpen: false });
    expect(model.toggleFacts()).toBe(false);
    expect(model.focusFacts()).toBe(false);
    expect(model.insertFact(0)).toBe(false);
  });

  it('offers no facts while the bar is hidden', async () => {
    const insertFact = vi.fn(() => Promise.resolve<InsertResult>({ ok: true }));
    const model = createBarModel(deps({ suggest: productWorker(KETTLE).suggest, insertFact }));
    model.showThread({ thread: ORANGE, kind: 'conversation-switched' });
    await flush();
    model.hide();
    expect(model.insertFact(0)).toBe(false);
    expect(model.focusFacts()).toBe(false);
    expect(insertFact).not.toHaveBeenCalled();
  });
});
