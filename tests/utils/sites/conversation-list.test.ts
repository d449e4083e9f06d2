// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { findConversationRow, readConversationList, type ConversationListSource } from '../../../utils/sites/conversation-list';
import { EXTENSION_UI_ATTRIBUTE } from '../../../utils/sites/extension-ui';

/** The shared reading on small lists of each shape the clients use; the fixtures cover each client whole. */

const NOW = new Date(2026, 9, 12, 10, 30).getTime();
const source = (selectors: ConversationListSource['selectors'], rules: ConversationListSource['rules'] = {}, currentBuyer?: ConversationListSource['currentBuyer']): ConversationListSource => ({
  selectors: { conversationRow: ['.row'], conversationName: ['.name'], conversationTime: ['.time'], ...selectors },
  rules,
  currentBuyer,
});

afterEach(() => document.body.replaceChildren());

describe('reading a conversation list', () => {
  it('puts a row in the group of the last header before it, whether headers wrap their rows or precede them', () => {
    document.body.innerHTML = `
      <div class="group waiting"><div class="head">待回复</div>
        <div class="row"><span class="name">甲</span></div>
      </div>
      <div class="head">其他</div>
      <div class="row"><span class="name">乙</span></div>
      <div class="head" data-kind="late">已超时 3</div>
      <div class="row"><span class="name">丙</span></div>`;
    const entries = readConversationList(document, source({ conversationGroup: ['.head', '.group'], waitingGroup: ['.group.waiting'] }, { waitingGroupTexts: [/^已超时/] }), NOW);
    expect(entries.map(({ name, waiting, source: why }) => ({ name, waiting, why }))).toEqual([
      { name: '甲', waiting: true, why: 'client-group' },
      { name: '乙', waiting: false, why: undefined },
      { name: '丙', waiting: true, why: 'client-group' },
    ]);
  });

  it('ranks the client’s marker over an unread badge, and counts a badge only with a dot or a count above zero', () => {
    document.body.innerHTML = `
      <div class="row"><span class="name">甲</span><i class="over"></i><b class="badge">2</b></div>
      <div class="row"><span class="name">乙</span><b class="badge"></b></div>
      <div class="row"><span class="name">丙</span><b class="badge">0</b></div>`;
    const entries = readConversationList(document, source({ waitingMarker: ['.over'], unreadBadge: ['.badge'] }), NOW);
    expect(entries.map((entry) => [entry.name, entry.source ?? null])).toEqual([['甲', 'client-marker'], ['乙', 'unread-badge'], ['丙', null]]);
  });

  it('counts only markers and badges on screen: the clients keep hidden ones in the row (v-show)', () => {
    document.body.innerHTML = `
      <div class="row"><span class="name">甲</span><i class="over" style="display: none"></i><b class="badge" hidden>4</b></div>
      <div class="row"><span class="name">乙</span><span style="display: none"><b class="badge">3</b></span><i class="over" style="visibility: hidden"></i></div>
      <div class="row"><span class="name">丙</span><b class="badge" style="display: none">1</b><b class="badge">2</b></div>`;
    const entries = readConversationList(document, source({ waitingMarker: ['.over'], unreadBadge: ['.badge'] }), NOW);
    expect(entries.map((entry) => [entry.name, entry.source ?? null])).toEqual([['甲', null], ['乙', null], ['丙', 'unread-badge']]);
  });

  it('keys a row by the buyer id it carries, else by its name (a `title` first); keeps a key once; skips nameless and notice rows', () => {
    document.body.innerHTML = `
      <div class="row" data-uid="u1"><span class="name" title="全名很长的买家">全名…</span></div>
      <div class="row"><span class="name">乙</span></div>
      <div class="row"><span class="name">乙</span></div>
      <div class="row"><span class="preview">在吗</span></div>
      <div class="row notice"><span class="name">系统通知</span></div>
      <div ${EXTENSION_UI_ATTRIBUTE}><div class="row"><span class="name">我们的界面</span></div></div>`;
    const entries = readConversationList(document, source({ conversationSkip: ['.notice'] }, { keyOf: (row) => row.getAttribute('data-uid') }), NOW);
    expect(entries).toEqual([
      { key: 'u1', name: '全名很长的买家', waiting: false },
      { key: '乙', name: '乙', waiting: false },
    ]);
  });

  it('reads the row’s time where it is shown; with `timeFromLeaves`, from a leaf that reads as a time', () => {
    document.body.innerHTML = `
      <div class="row"><span class="name">甲</span><span class="time">10:06</span></div>
      <div class="row"><span class="name">12:00</span><span class="x">好的</span><span class="y">昨天 09:15</span></div>
      <div class="row"><span class="name">丙</span></div>`;
    expect(readConversationList(document, source({}), NOW).map((entry) => entry.since)).toEqual([new Date(2026, 9, 12, 10, 6).getTime(), undefined, undefined]);
    expect(readConversationList(document, source({ conversationTime: [] }, { timeFromLeaves: true }), NOW)[1]?.since).toBe(new Date(2026, 9, 11, 9, 15).getTime());
  });

  it('marks the active row open; with none marked, the row of the buyer the page names', () => {
    document.body.innerHTML = `
      <div class="row"><span class="name">甲</span></div>
      <div class="row on"><span class="name">乙</span></div>`;
    expect(readConversationList(document, source({ activeConversation: ['.row.on'] }), NOW).map((entry) => entry.open)).toEqual([undefined, true]);
    document.querySelector('.on')?.classList.remove('on');
    const byHeader = source({ activeConversation: ['.row.on'] }, {}, () => ({ nickname: '甲' }));
    expect(readConversationList(document, byHeader, NOW).map((entry) => entry.open)).toEqual([true, undefined]);
  });

  it('reads a list its selectors do not find as empty, and a broken selector list as empty too', () => {
    document.body.innerHTML = '<div class="other"><span class="name">甲</span></div>';
    expect(readConversationList(document, source({}), NOW)).toEqual([]);
    expect(readConversationList(document, { selectors: {} }, NOW)).toEqual([]);
  });
});

describe('finding a conversation’s row', () => {
  it('returns the row with that key, or the part of it the client listens on; null for an unknown key', () => {
    document.body.innerHTML = `
      <div class="row" data-uid="u1"><li class="inner"><span class="name">甲</span></li></div>
      <div class="row"><span class="name">乙</span></div>`;
    const list = source({ conversationClick: ['li.inner'] }, { keyOf: (row) => row.getAttribute('data-uid') });
    expect(findConversationRow(document, list, 'u1')).toBe(document.querySelector('li.inner'));
    expect(findConversationRow(document, list, '乙')).toBe(document.querySelectorAll('.row')[1]);
    expect(findConversationRow(document, list, '甲')).toBeNull();
  });
});
