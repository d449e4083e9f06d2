import { describe, expect, it } from 'vitest';
import { conversationReport, lastMessageIsBuyers, reportFingerprint, reportSiteId } from '../../../utils/page/conversation-list-report';
import { conversationListReportSchema, type ConversationListEntry } from '../../../utils/schemas/waiting-queue';
import type { Thread } from '../../../utils/schemas/thread';

const thread = (roles: Array<'buyer' | 'agent' | 'system'>, extra: Partial<Thread> = {}): Thread => ({
  site: 'pinduoduo',
  conversationId: '7730018',
  buyer: { id: '7730018', nickname: '小橙子2024' },
  messages: roles.map((role, index) => ({ role, text: `第${index}句：买家的地址是幸福路 8 号`, id: `m${index}` })),
  ...extra,
});

const LIST: ConversationListEntry[] = [
  { key: '7730018', name: '小橙子2024', waiting: false, since: 1_000, open: true },
  { key: '5510042', name: '路过的猫', waiting: true, source: 'unread-badge', since: 2_000 },
];

describe('the open conversation’s last speaker', () => {
  it('is the buyer when the buyer spoke last, platform notices aside', () => {
    expect(lastMessageIsBuyers(thread(['agent', 'buyer', 'system']))).toBe(true);
    expect(lastMessageIsBuyers(thread(['buyer', 'agent', 'system']))).toBe(false);
    expect(lastMessageIsBuyers(thread(['system']))).toBe(false);
    expect(lastMessageIsBuyers(null)).toBe(false);
  });
});

describe('the report a chat page sends', () => {
  it('marks the open row waiting by its last message when the list gave no reason, and keeps the rest as read', () => {
    const report = conversationReport('pinduoduo', LIST, thread(['agent', 'buyer']));
    expect(report).toEqual({
      site: 'pinduoduo',
      entries: [
        { key: '7730018', name: '小橙子2024', waiting: true, source: 'last-message', since: 1_000, open: true },
        { key: '5510042', name: '路过的猫', waiting: true, source: 'unread-badge', since: 2_000 },
      ],
    });
    expect(LIST[0]?.waiting).toBe(false); // the adapter's reading is not changed under it
  });

  it('keeps the list’s stronger reason for the open row, and leaves a row the agent answered as the list says', () => {
    const marked = [{ ...LIST[0], waiting: true, source: 'client-marker' } as ConversationListEntry];
    expect(conversationReport('pinduoduo', marked, thread(['buyer'])).entries[0]?.source).toBe('client-marker');
    expect(conversationReport('pinduoduo', LIST, thread(['buyer', 'agent'])).entries[0]).toEqual(LIST[0]);
  });

  it('reports the open conversation alone where the client has no list: its id as key, the buyer’s nickname as name', () => {
    expect(conversationReport('generic', [], thread(['buyer'], { site: 'generic', conversationId: 'c-1', buyer: { nickname: '阿花' } }))).toEqual({
      site: 'generic',
      entries: [{ key: 'c-1', name: '阿花', waiting: true, source: 'last-message', open: true }],
    });
    expect(conversationReport('generic', [], thread(['agent'], { conversationId: undefined, buyer: { nickname: '阿花' } })).entries).toEqual([
      { key: '阿花', name: '阿花', waiting: false, open: true },
    ]);
    expect(conversationReport('generic', [], thread(['buyer'], { conversationId: undefined, buyer: undefined })).entries).toEqual([]);
    expect(conversationReport('generic', [], null).entries).toEqual([]);
  });

  it('keeps the open conversation’s buyer waiting when the list marks no row open (京东, 千牛) and opening cleared the badge', () => {
    const unmarked: ConversationListEntry[] = [
      { key: '小橙子2024', name: '小橙子2024', waiting: false },
      { key: '路过的猫', name: '路过的猫', waiting: true, source: 'unread-badge' },
    ];
    // Its row found by the buyer's nickname: that row waits, by its last message.
    expect(conversationReport('jd-dongdong', unmarked, thread(['agent', 'buyer'])).entries[0]).toEqual({
      key: '小橙子2024',
      name: '小橙子2024',
      waiting: true,
      source: 'last-message',
      open: true,
    });
    // No row to tell: the open conversation is reported beside the list rather than lost.
    const elsewhere = thread(['buyer'], { conversationId: 'c-9', buyer: { nickname: '新来的' } });
    expect(conversationReport('jd-dongdong', unmarked, elsewhere).entries.at(-1)).toEqual({ key: 'c-9', name: '新来的', waiting: true, source: 'last-message', open: true });
    // Answered, and no row to tell: nothing is added.
    expect(conversationReport('jd-dongdong', unmarked, thread(['buyer', 'agent'], { conversationId: 'c-9', buyer: { nickname: '新来的' } })).entries).toHaveLength(2);
  });

  it('never carries a word of any message, and always fits the protocol', () => {
    const report = conversationReport('custom:my-shop', [], thread(['buyer']));
    expect(JSON.stringify(report)).not.toMatch(/幸福路|第\d句/);
    expect(conversationListReportSchema.safeParse(report).success).toBe(true);
    expect(report.site).toBe('custom-my-shop');
  });

  it('names a site by an id the queue accepts', () => {
    expect(reportSiteId('jd-dongdong')).toBe('jd-dongdong');
    expect(reportSiteId('custom:Shop_1')).toBe('custom-shop-1');
    expect(reportSiteId('9shop')).toBe('site-9shop');
  });

  it('fingerprints what the queue uses: equal readings are equal, a moved badge is not', () => {
    const a = conversationReport('pinduoduo', LIST, null);
    expect(reportFingerprint(a)).toBe(reportFingerprint(conversationReport('pinduoduo', LIST.map((entry) => ({ ...entry })), null)));
    expect(reportFingerprint(a)).not.toBe(reportFingerprint(conversationReport('pinduoduo', [LIST[0] as ConversationListEntry, { ...LIST[1], waiting: false, source: undefined } as ConversationListEntry], null)));
  });
});
