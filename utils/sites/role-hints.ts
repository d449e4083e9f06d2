import type { MessageRole } from '../schemas/thread';

/**
 * Who said a message, guessed from the words in its class names and data attributes, for pages
 * without an adapter of their own. Seller chat clients name their rows after the side they sit
 * on or the speaker (`.buyer-item`/`.cs-item` on 拼多多, `messageIsMe`/`messageNotMe` on 飞鸽,
 * `__isMine`/`__notMe` on 快手, `message_left`/`message_right`/`message_center` on 京东 咚咚), so
 * the words are a fair signal; anything ambiguous counts as unknown, never as a guess.
 */

const BUYER_WORDS = new Set([
  'buyer', 'customer', 'client', 'guest', 'visitor', 'consumer',
  'left', 'other', 'others', 'receive', 'received', 'receiver', 'incoming', 'inbound',
  'maijia', 'kehu', // 买家, 客户 in pinyin class names
]);

const AGENT_WORDS = new Set([
  'seller', 'agent', 'staff', 'servicer', 'kefu', 'merchant', 'waiter', 'robot', // robot replies count as the agent's
  'right', 'me', 'mine', 'self', 'my', 'own', 'sent', 'outgoing', 'outbound',
]);

const SYSTEM_WORDS = new Set([
  'system', 'sys', 'notice', 'notify', 'notification', 'tip', 'tips', 'center', 'centre', 'middle', 'divider', 'hint',
]);

/** Two-word names whose parts mean something else on their own. */
const PAIRS: ReadonlyArray<readonly [string, string, MessageRole]> = [
  ['not', 'me', 'buyer'], // 飞鸽 messageNotMe, 快手 __notMe
  ['not', 'mine', 'buyer'],
  ['cs', 'item', 'agent'], // 拼多多 .cs-item (customer service)
  ['cs', 'msg', 'agent'],
];

/** `messageIsMe msg-row--buyer` → message, is, me, msg, row, buyer. */
function hintWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Attributes some pages use to mark the speaker directly. */
const ROLE_ATTRIBUTES = ['data-role', 'data-from', 'data-sender', 'data-direction', 'data-side', 'data-type', 'data-msg-type'];

function rolesNamedBy(element: Element): Set<MessageRole> {
  const parts = [element.getAttribute('class') ?? ''];
  for (const name of ROLE_ATTRIBUTES) parts.push(element.getAttribute(name) ?? '');
  const words = hintWords(parts.join(' '));
  const roles = new Set<MessageRole>();
  const paired = new Set<number>();
  for (let i = 0; i + 1 < words.length; i += 1) {
    for (const [first, second, role] of PAIRS) {
      if (words[i] === first && words[i + 1] === second) {
        roles.add(role);
        paired.add(i).add(i + 1);
      }
    }
  }
  words.forEach((word, index) => {
    if (paired.has(index)) return;
    if (BUYER_WORDS.has(word)) roles.add('buyer');
    if (AGENT_WORDS.has(word)) roles.add('agent');
    if (SYSTEM_WORDS.has(word)) roles.add('system');
  });
  return roles;
}

/** How deep below a message row the speaker's mark may sit (row → side wrapper → bubble). */
const MAX_DEPTH = 3;

/**
 * The role a message row's names point to: the row itself first, then its descendants one
 * level at a time. A level naming two different roles (an agent row with a `left` arrow and a
 * `right` avatar) makes the row unknown: `null`.
 */
export function roleHintOf(row: Element): MessageRole | null {
  let level: Element[] = [row];
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth += 1) {
    const named = new Set<MessageRole>();
    for (const element of level) for (const role of rolesNamedBy(element)) named.add(role);
    if (named.size === 1) return [...named][0] ?? null;
    if (named.size > 1) return null;
    level = level.flatMap((element) => Array.from(element.children));
  }
  return null;
}
