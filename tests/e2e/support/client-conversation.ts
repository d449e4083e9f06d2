import type { Page } from 'playwright-core';

/** One message as the 拼多多 fixture renders it. */
export interface FixtureMessage {
  role: 'buyer' | 'agent' | 'system';
  text: string;
}

export interface FixtureConversation {
  /** Which conversation of the fixture's list is open (0: 小橙子2024, 1: 路过的猫). */
  listIndex: number;
  nickname: string;
  buyerUid: string;
  messages: readonly FixtureMessage[];
}

/** The fixture's conversation list, in order: who each row's buyer is. */
const FIXTURE_BUYERS = [
  { nickname: '小橙子2024', buyerUid: 'fixture-buyer-7' },
  { nickname: '路过的猫', buyerUid: 'fixture-buyer-8' },
] as const;

/** Row `listIndex` of the fixture's list, showing `messages` ([role, text], earliest first). */
export function conversationIn(listIndex: 0 | 1, messages: ReadonlyArray<readonly [FixtureMessage['role'], string]>): FixtureConversation {
  return { listIndex, ...FIXTURE_BUYERS[listIndex], messages: messages.map(([role, text]) => ({ role, text })) };
}

/**
 * The agent opens a conversation in the 拼多多 fixture: the client re-renders the header and the
 * whole message list, in the fixture's own markup (tests/fixtures/e2e/pinduoduo-like-chat.html).
 */
export async function showConversation(chat: Page, conversation: FixtureConversation): Promise<void> {
  await chat.evaluate(({ listIndex, nickname, buyerUid, messages }) => {
    document.querySelectorAll('.chat-item').forEach((item, index) => item.classList.toggle('active', index === listIndex));
    const name = document.querySelector('.chatWindowHeader .name');
    if (name) name.textContent = nickname;
    const list = document.getElementById('message-list');
    if (!list) throw new Error('the fixture has no message list');
    list.replaceChildren(
      ...messages.map(({ role, text }, index) => {
        const row = document.createElement('li');
        row.className = 'onemsg';
        row.id = `middlePanel_list_c${listIndex}_${index + 1}`;
        if (role === 'system') {
          row.innerHTML = '<div class="msg-system"></div>';
          row.firstElementChild!.textContent = text;
        } else {
          row.innerHTML =
            role === 'buyer'
              ? '<div class="buyer-item"><div><div class="msg-content"><p class="msg-content-box"></p></div></div></div>'
              : '<div class="cs-item"><div><div class="msg-content"><p class="msg-content-box"></p></div></div></div>';
          if (role === 'buyer') row.querySelector('.buyer-item > div')!.setAttribute('currentuid', buyerUid);
          row.querySelector('.msg-content-box')!.textContent = text;
        }
        return row;
      }),
    );
  }, conversation);
}

/** A buyer message lands at the end of the open conversation, as the client renders one. */
export async function receiveBuyerMessage(chat: Page, text: string): Promise<void> {
  await chat.evaluate((message) => {
    const list = document.getElementById('message-list');
    if (!list) throw new Error('the fixture has no message list');
    const uid = list.querySelector('[currentuid]')?.getAttribute('currentuid') ?? 'fixture-buyer-7';
    const row = document.createElement('li');
    row.className = 'onemsg';
    row.id = `middlePanel_list_r${list.children.length + 1}`;
    row.innerHTML = '<div class="buyer-item"><div><div class="msg-content"><p class="msg-content-box"></p></div></div></div>';
    row.querySelector('.buyer-item > div')!.setAttribute('currentuid', uid);
    row.querySelector('.msg-content-box')!.textContent = message;
    list.append(row);
  }, text);
}
