import type { Thread } from '../schemas/thread';
import type { ConversationListEntry, ConversationListReport } from '../schemas/waiting-queue';

/*
 * What a chat page tells the worker's waiting queue: the client's list as its adapter reads it,
 * plus the one rule only the open thread can tell — its last message is the buyer's. Names, keys
 * and times only: nothing here ever carries a word of a message.
 */

// The limits of utils/schemas/waiting-queue.ts.
const KEY_MAX = 200;
const NAME_MAX = 100;
const SITE_MAX = 40;

/** Whether the buyer spoke last in the open conversation (platform notices do not count). */
export function lastMessageIsBuyers(thread: Thread | null): boolean {
  const messages = thread?.messages ?? [];
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const role = messages[index]?.role;
    if (role === 'buyer') return true;
    if (role === 'agent') return false;
  }
  return false;
}

/**
 * The site id as the queue's schema takes it (lowercase letters, digits, hyphens, a letter first):
 * a custom site's adapter id `custom:<id>` reads as `custom-<id>`.
 */
export function reportSiteId(adapterId: string): string {
  const cleaned = adapterId.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  return (/^[a-z]/.test(cleaned) ? cleaned : `site-${cleaned}`).slice(0, SITE_MAX);
}

/** The open conversation as an entry of its own, for a page whose list the adapter does not read. */
function openEntryOf(thread: Thread, waiting: boolean): ConversationListEntry | null {
  const key = (thread.conversationId ?? thread.buyer?.id ?? thread.buyer?.nickname ?? '').trim().slice(0, KEY_MAX);
  if (!key) return null;
  const entry: ConversationListEntry = { key, name: (thread.buyer?.nickname ?? key).slice(0, NAME_MAX), waiting, open: true };
  if (waiting) entry.source = 'last-message';
  return entry;
}

/**
 * The list's row of the open thread when no row is marked open (京东 and 千牛 mark none that is
 * known): the row keyed by the thread's conversation or buyer id, else the one bearing the buyer's
 * nickname, when exactly one does.
 */
function rowOfThread(entries: readonly ConversationListEntry[], thread: Thread): ConversationListEntry | undefined {
  const ids = [thread.conversationId, thread.buyer?.id].filter((id): id is string => id !== undefined && id !== '');
  const byKey = entries.find((entry) => ids.includes(entry.key));
  if (byKey) return byKey;
  const nickname = thread.buyer?.nickname;
  const named = nickname ? entries.filter((entry) => entry.name === nickname || entry.key === nickname) : [];
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The report for `site`: the list's entries (a list-less page: none), the open one also waiting
 * when the buyer spoke last and the list gave no stronger reason. A page without a list reports
 * the open conversation alone (key: the thread's conversation id; name: the buyer's nickname), and
 * so does a list in which the open conversation's row cannot be told while its buyer waits:
 * opening a conversation clears its unread badge, and a buyer waiting on an answer must not drop
 * out of the queue for that.
 */
export function conversationReport(site: string, list: readonly ConversationListEntry[], thread: Thread | null): ConversationListReport {
  const waitsOnThread = lastMessageIsBuyers(thread);
  const entries = list.map((entry) => ({ ...entry }));
  const open = entries.find((entry) => entry.open) ?? (thread ? rowOfThread(entries, thread) : undefined);
  // The queue takes an open row's "not waiting" as the agent's reply (it has read the thread).
  if (open) open.open = true;
  if (open && waitsOnThread && !open.waiting) {
    open.waiting = true;
    open.source = 'last-message';
  }
  if (!open && thread && (entries.length === 0 || waitsOnThread)) {
    const entry = openEntryOf(thread, waitsOnThread);
    if (entry) entries.push(entry);
  }
  return { site: reportSiteId(site), entries };
}

/** Equal fingerprints: nothing the queue uses changed, nothing to send. */
export function reportFingerprint(report: ConversationListReport): string {
  return JSON.stringify([report.site, report.entries.map((entry) => [entry.key, entry.name, entry.waiting, entry.source ?? '', entry.since ?? -1, entry.open === true])]);
}
