import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Thread } from '../../../utils/schemas/thread';
import { pickSiteAdapter } from '../../../utils/sites/adapter-registry';
import type { ThreadChange } from '../../../utils/thread/thread-change';
import { watchThread, type ThreadWatcher } from '../../../utils/thread/watch-thread';
import { QIANNU_CHAT_FRAME, SITE_FIXTURES } from '../../fixtures/sites/site-fixtures';
import { openSiteFixture, type OpenedSiteFixture } from '../../fixtures/sites/open-site-fixture';
import { fakeFrames, mutationsDelivered } from './fake-frames';

/**
 * The agent's day on each client, as the page changes under the extension: buyers write, the
 * agent switches conversations, scrolls up for history, the page re-renders rows. The watcher
 * reads each client's fixture page (its own scripts running) through the adapter the content
 * script would pick for that address.
 */

interface SiteStory {
  name: string;
  fixture: { file: string; url: string };
  /** The open conversation's buyer, and their last message. */
  first: { buyer: Thread['buyer']; lastBuyerText: string };
  /** Another conversation in the list: its id for the fixture, its buyer, their last message. */
  other: { id: string; buyer: Thread['buyer']; lastBuyerText: string };
  /** The oldest message `loadHistory()` brings in above. */
  oldestHistoryText: string;
}

const STORIES: SiteStory[] = [
  {
    name: '拼多多 商家客服',
    fixture: SITE_FIXTURES.pinduoduo,
    first: { buyer: { id: '7730018', nickname: '小橙子2024' }, lastBuyerText: '这个能便宜点吗？买两件包邮吗' },
    other: { id: '5510042', buyer: { id: '5510042', nickname: '路过的猫' }, lastBuyerText: '衣服有破洞，怎么退货退款？' },
    oldestHistoryText: '上次买的尺码偏大',
  },
  {
    name: '抖店 飞鸽',
    fixture: SITE_FIXTURES.feige,
    first: { buyer: { nickname: '甜甜圈不加糖' }, lastBuyerText: '能便宜点吗？两个一起拍多少钱' },
    other: { id: '周末去爬山', buyer: { nickname: '周末去爬山' }, lastBuyerText: '快递到哪了？怎么还没到' },
    oldestHistoryText: '上次买的杯盖有点紧',
  },
  {
    name: '快手小店',
    fixture: SITE_FIXTURES.kuaishou,
    first: { buyer: { id: '2288776655', nickname: '快乐的小番茄' }, lastBuyerText: '能不能再便宜点？我买三件' },
    other: { id: '3399001122', buyer: { id: '3399001122', nickname: '山里的风' }, lastBuyerText: '我拍了两天了，什么时候发货？' },
    oldestHistoryText: '上次买的帽子很好看',
  },
  {
    name: '京东 咚咚',
    fixture: SITE_FIXTURES['jd-dongdong'],
    first: { buyer: { nickname: 'jd_7788a' }, lastBuyerText: '有优惠吗？能便宜点不' },
    other: { id: 'jd_sunny_day', buyer: { nickname: 'jd_sunny_day' }, lastBuyerText: '发票怎么开？我要开公司抬头的增值税发票' },
    oldestHistoryText: '之前买过你们家的电水壶',
  },
  {
    name: '千牛 web (chat frame)',
    fixture: QIANNU_CHAT_FRAME,
    first: { buyer: { nickname: 'tb_麦兜兜' }, lastBuyerText: '包邮吗？能便宜点吗' },
    other: { id: '星河小铺的粉丝', buyer: { nickname: '星河小铺的粉丝' }, lastBuyerText: '东西收到了，质量有问题，怎么申请售后退货？' },
    oldestHistoryText: '上次买的杯垫很好用',
  },
];

const lastBuyerText = (thread: Thread | null | undefined) => thread?.messages.filter((message) => message.role === 'buyer').at(-1)?.text;

describe.each(STORIES)('following the open chat on $name', (story) => {
  let page: OpenedSiteFixture;
  let frames: ReturnType<typeof fakeFrames>;
  let changes: ThreadChange[];
  let watcher: ThreadWatcher;
  const adapter = pickSiteAdapter(new URL(story.fixture.url));
  const read = () => adapter.readThread(page.document);

  /** Lets the page's change reach the watcher, then closes the frame so the next change reports at once. */
  async function settle(): Promise<void> {
    await mutationsDelivered();
    frames.runFrame();
    frames.runFrame();
  }

  beforeEach(() => {
    page = openSiteFixture(story.fixture);
    frames = fakeFrames();
    changes = [];
    watcher = watchThread({ doc: page.document, adapter, onChange: (change) => changes.push(change), scheduler: frames.scheduler });
  });
  afterEach(() => {
    watcher.stop();
    page.close();
  });

  it('starts on the open conversation, read by the client’s own adapter', () => {
    const thread = read();
    expect(thread?.site).toBe(adapter.id);
    expect(thread?.buyer).toEqual(story.first.buyer);
    expect(lastBuyerText(thread)).toBe(story.first.lastBuyerText);
  });

  it('reports a buyer’s new message at once, as the latest turn', async () => {
    page.window.siteFixture.appendBuyerMessage('今天下单什么时候发货？');
    await mutationsDelivered();
    expect(changes.map((change) => change.kind)).toEqual(['new-message']);
    expect(changes[0]?.thread?.messages.at(-1)).toMatchObject({ role: 'buyer', text: '今天下单什么时候发货？' });
    expect(changes[0]?.thread?.buyer).toEqual(story.first.buyer);
  });

  it('replaces the thread when the agent opens another buyer’s conversation, mixing nothing in', async () => {
    const before = read();
    page.window.siteFixture.switchConversation(story.other.id);
    await settle();
    const switched = changes.find((change) => change.kind === 'conversation-switched');
    expect(switched?.thread?.buyer).toEqual(story.other.buyer);
    expect(lastBuyerText(switched?.thread)).toBe(story.other.lastBuyerText);
    const earlierTexts = new Set(before?.messages.map((message) => message.text));
    expect(switched?.thread?.messages.filter((message) => message.role !== 'system' && earlierTexts.has(message.text))).toEqual([]);
    // The platform's notice opening the other conversation stays a system turn.
    expect(switched?.thread?.messages[0]?.role).toBe('system');
  });

  it('goes back to the first buyer’s thread, unchanged, when the agent switches back', async () => {
    const before = read();
    page.window.siteFixture.switchConversation(story.other.id);
    await settle();
    page.window.siteFixture.switchConversation(before?.conversationId ?? '');
    await settle();
    expect(changes.at(-1)?.kind).toBe('conversation-switched');
    expect(changes.at(-1)?.thread).toEqual(before);
  });

  it('tells older history loaded above apart from new messages, and keeps the latest turn', async () => {
    page.window.siteFixture.loadHistory();
    await settle();
    expect(changes.map((change) => change.kind)).toEqual(['history-loaded']);
    const thread = changes[0]?.thread;
    expect(thread?.messages[0]?.text).toBe(story.oldestHistoryText);
    expect(lastBuyerText(thread)).toBe(story.first.lastBuyerText);
  });

  it('reports nothing when the page renders the same message row twice, and keeps it once', async () => {
    const before = read();
    page.window.siteFixture.repeatLastMessage();
    await settle();
    expect(changes).toEqual([]);
    expect(read()).toEqual(before);
  });

  it('keeps the platform’s notices as system turns, never as the buyer’s', () => {
    const thread = read();
    const systemTurns = thread?.messages.filter((message) => message.role === 'system') ?? [];
    expect(systemTurns.length).toBeGreaterThan(0);
    expect(thread?.messages[0]?.role).toBe('system');
  });
});

describe('following a product panel the client rewrites in place (拼多多’s right-hand 商品 panel)', () => {
  let page: OpenedSiteFixture;
  let frames: ReturnType<typeof fakeFrames>;
  let changes: ThreadChange[];
  let watcher: ThreadWatcher;
  const adapter = pickSiteAdapter(new URL(SITE_FIXTURES.pinduoduo.url));

  async function settle(): Promise<void> {
    await mutationsDelivered();
    frames.runFrame();
    frames.runFrame();
  }

  beforeEach(async () => {
    page = openSiteFixture(SITE_FIXTURES.pinduoduo);
    frames = fakeFrames();
    changes = [];
    watcher = watchThread({ doc: page.document, adapter, onChange: (change) => changes.push(change), scheduler: frames.scheduler });
    // No card in the thread: the panel names the conversation's product.
    page.document.querySelector('.good-card')?.remove();
    await settle();
    changes.length = 0;
  });
  afterEach(() => {
    watcher.stop();
    page.close();
  });

  it('reports a new product when only the panel’s title text changes, with no element added or removed', async () => {
    const title = page.document.querySelector('.right-panel .goods-info .goods-name')?.firstChild;
    if (!(title instanceof page.window.Text)) throw new Error('the fixture’s panel title is not a text node');
    title.data = '儿童保温杯 316不锈钢';
    await settle();
    expect(changes.map((change) => change.kind)).toEqual(['product-changed']);
    expect(changes[0]?.thread?.product?.title).toBe('儿童保温杯 316不锈钢');
  });

  it('reports a new product when only the panel’s item id changes', async () => {
    page.document.querySelector('.right-panel .goods-info')?.setAttribute('data-goods-id', '111122223333');
    await settle();
    expect(changes.map((change) => change.kind)).toEqual(['product-changed']);
    expect(changes[0]?.thread?.product?.itemId).toBe('111122223333');
  });
});
