// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ThreadChange } from '../../../utils/thread/thread-change';
import { watchThread, type ThreadWatcher } from '../../../utils/thread/watch-thread';
import { demoAdapter } from '../../../utils/sites/demo-adapter';
import { loadFixturePage } from '../../fixtures/pages/load-fixture-page';
import { fakeFrames, mutationsDelivered } from './fake-frames';

function list(): HTMLOListElement {
  const element = document.querySelector<HTMLOListElement>('ol.msg-list');
  if (!element) throw new Error('fixture has no message list');
  return element;
}

function message(role: 'buyer' | 'agent' | 'system', id: string, text: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = `msg msg--${role}`;
  item.dataset.msgId = id;
  const body = document.createElement('p');
  body.className = 'msg__text';
  body.textContent = text;
  item.append(body);
  return item;
}

describe('watching the open conversation', () => {
  let frames: ReturnType<typeof fakeFrames>;
  let changes: ThreadChange[];
  let watcher: ThreadWatcher;

  beforeEach(() => {
    loadFixturePage('demo-chat.html');
    frames = fakeFrames();
    changes = [];
    watcher = watchThread({ doc: document, adapter: demoAdapter, onChange: (change) => changes.push(change), scheduler: frames.scheduler });
  });
  afterEach(() => watcher.stop());

  it('reports a buyer’s new message at once, without waiting for a frame', async () => {
    list().append(message('buyer', 'bargaining-4', '包邮吗'));
    await mutationsDelivered();
    expect(changes).toHaveLength(1);
    expect(changes[0]?.kind).toBe('new-message');
    expect(changes[0]?.thread?.messages.at(-1)).toEqual({ role: 'buyer', text: '包邮吗', id: 'bargaining-4' });
  });

  it('gathers a burst of changes after the first into one report per frame', async () => {
    list().append(message('buyer', 'bargaining-4', '包邮吗'));
    await mutationsDelivered();
    list().append(message('buyer', 'bargaining-5', '在吗'));
    await mutationsDelivered();
    list().append(message('buyer', 'bargaining-6', '？？'));
    await mutationsDelivered();
    expect(changes).toHaveLength(1);

    frames.runFrame();
    expect(changes).toHaveLength(2);
    expect(changes[1]?.thread?.messages.map((m) => m.text).slice(-2)).toEqual(['在吗', '？？']);

    // A quiet frame ends the burst: the next change is reported at once again.
    frames.runFrame();
    expect(frames.pending()).toBe(0);
    list().append(message('agent', 'bargaining-7', '亲，在的'));
    await mutationsDelivered();
    expect(changes).toHaveLength(3);
  });

  it('stays silent when the page changes but the conversation does not', async () => {
    document.querySelector('.composer')?.append(document.createElement('span'));
    list().querySelector('li')?.setAttribute('class', 'msg msg--system msg--seen');
    await mutationsDelivered();
    frames.runFrame();
    expect(changes).toEqual([]);
  });

  it('reports older messages loaded above as history, not as something new to answer', async () => {
    list().prepend(message('buyer', 'bargaining-older', '上次买的还不错'));
    await mutationsDelivered();
    expect(changes.map((change) => change.kind)).toEqual(['history-loaded']);
  });

  it('reports a card for another product as a product change, and the product with the thread', async () => {
    const card = message('buyer', 'bargaining-4', '[商品卡片: 儿童水杯 吸管款]');
    list().append(card);
    await mutationsDelivered();
    expect(changes.map((change) => change.kind)).toEqual(['product-changed']);
    expect(changes[0]?.thread?.product).toEqual({ title: '儿童水杯 吸管款' });
  });

  it('follows the agent to another conversation when the page re-renders the whole list', async () => {
    document.querySelector('.conv-item--active')?.classList.remove('conv-item--active');
    const shipping = document.querySelector('[data-conv-id="shipping"]');
    shipping?.classList.add('conv-item--active');
    const header = document.querySelector('.chat-header__name');
    header?.setAttribute('data-buyer-id', 'demo-buyer-shipping');
    if (header) header.textContent = '等快递的熊';
    const fresh = document.createElement('ol');
    fresh.className = 'msg-list';
    fresh.append(message('buyer', 'shipping-1', '我的快递到哪了'));
    list().replaceWith(fresh);
    await mutationsDelivered();
    frames.runFrame();

    const last = changes.at(-1);
    expect(last?.kind).toBe('conversation-switched');
    expect(last?.thread?.conversationId).toBe('shipping');
    expect(last?.thread?.messages).toEqual([{ role: 'buyer', text: '我的快递到哪了', id: 'shipping-1' }]);

    // The new list is watched too: a message edited in place there is noticed.
    frames.runFrame();
    const text = fresh.querySelector('.msg__text')?.firstChild;
    if (text) text.textContent = '我的快递到哪了？三天了';
    await mutationsDelivered();
    expect(changes.at(-1)?.thread?.messages.at(-1)?.text).toBe('我的快递到哪了？三天了');
    expect(changes.at(-1)?.kind).toBe('updated');
  });

  it('notices a conversation that appears after the page started empty', async () => {
    watcher.stop();
    document.body.innerHTML = '<div id="root"></div>';
    changes = [];
    watcher = watchThread({ doc: document, adapter: demoAdapter, onChange: (change) => changes.push(change), scheduler: frames.scheduler });
    const fresh = document.createElement('ol');
    fresh.className = 'msg-list';
    fresh.append(message('buyer', 'g-1', '你好'));
    document.getElementById('root')?.append(fresh);
    await mutationsDelivered();
    expect(changes).toEqual([
      { kind: 'conversation-switched', thread: { site: 'demo', messages: [{ role: 'buyer', text: '你好', id: 'g-1' }] } },
    ]);
  });

  it('stops listening and cancels its pending frame when stopped', async () => {
    list().append(message('buyer', 'bargaining-4', '包邮吗'));
    await mutationsDelivered();
    expect(frames.pending()).toBe(1);
    watcher.stop();
    expect(frames.pending()).toBe(0);
    list().append(message('buyer', 'bargaining-5', '在吗'));
    await mutationsDelivered();
    expect(changes).toHaveLength(1);
  });

  it('stops when its abort signal fires (the content script’s context is invalidated)', async () => {
    watcher.stop();
    const onChange = vi.fn();
    const invalidated = new AbortController();
    watcher = watchThread({ doc: document, adapter: demoAdapter, onChange, scheduler: frames.scheduler, signal: invalidated.signal });
    invalidated.abort();
    list().append(message('buyer', 'bargaining-4', '包邮吗'));
    await mutationsDelivered();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('with the page’s own frames (no scheduler given) the rest of a burst still arrives, and stop cancels it', async () => {
    watcher.stop();
    changes = [];
    watcher = watchThread({ doc: document, adapter: demoAdapter, onChange: (change) => changes.push(change) });
    list().append(message('buyer', 'bargaining-4', '包邮吗'));
    await mutationsDelivered();
    list().append(message('buyer', 'bargaining-5', '在吗'));
    await mutationsDelivered();
    await vi.waitFor(() => expect(changes).toHaveLength(2), { timeout: 1000 });

    list().append(message('buyer', 'bargaining-6', '？'));
    await mutationsDelivered();
    list().append(message('buyer', 'bargaining-7', '人呢'));
    await mutationsDelivered();
    watcher.stop();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(changes.map((change) => change.thread?.messages.at(-1)?.text)).toEqual(['包邮吗', '在吗', '？']);
  });
});
