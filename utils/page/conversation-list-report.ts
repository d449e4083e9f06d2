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
 * The report for `site`: the list's entries (a list-less page: none), the open one also waiting
 * when the buyer spoke last and the list gave no stronger reason. A page without a list reports
 * the open conversation alone (key: the thread's conversation id; name: the buyer's nickname).
 */
export function conversationReport(site: string, list: readonly ConversationListEntry[], thread: Thread | null): ConversationListReport {
  const waitsOnThread = lastMessageIsBuyers(thread);
  const entries = list.map((entry) => ({ ...entry }));
  const open = entries.find((entry) => entry.open);
  if (open && waitsOnThread && !open.waiting) {
    open.waiting = true;
    open.source = 'last-message';
  }
  if (!open && entries.length === 0 && thread) {
    const entry = openEntryOf(thread, waitsOnThread);
    if (entry) entries.push(entry);
  }
  return { site: reportSiteId(site), entries };
}

/** Equal fingerprints: nothing the queue uses changed, nothing to send. */
export function reportFingerprint(report: ConversationListReport): string {
  return JSON.stringify([report.site, report.entries.map((entry) => [entry.key, entry.name, entry.waiting, entry.source ?? '', entry.since ?? -1, entry.open === true])]);
}
