import type { PagePart } from '../schemas/page-health';
import { genericAdapter } from './generic-adapter';
import { looksLikeChat } from './looks-like-chat';
import type { SiteAdapter } from './site-adapter';

/** What one look at a page found: the verdict before the page had time to settle. */
export interface PageReading {
  /** `ok`: the client's adapter finds the thread and the reply box; `changed`: it does not, on a page that looks like a chat. */
  status: 'ok' | 'changed' | 'no-chat';
  /** The named lists that found nothing (PAGE_PARTS order). */
  failed: PagePart[];
  /** The generic adapter reads the thread the client's own adapter missed. */
  genericFallback: boolean;
}

function quietly<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null; // a page mid-render can trip an adapter; that reads as "not found"
  }
}

/** Which of the client's named lists find nothing on `doc`. */
export function failedParts(adapter: SiteAdapter, doc: Document): PagePart[] {
  const failed: PagePart[] = [];
  const list = quietly(() => adapter.findMessageList(doc));
  if (!list) failed.push('messageList');
  // The list is there but no thread comes of it: its rows, or who said them, no longer match.
  else if (!quietly(() => adapter.readThread(doc))) failed.push('message');
  if (!quietly(() => adapter.findInput(doc))) failed.push('input');
  return failed;
}

/**
 * Reads a stock client's page with the client's own adapter (not the generic fallback behind it):
 * a part that finds nothing on a page that looks like a chat, or that the generic fallback reads,
 * means the client changed its page.
 */
export function readPageHealth(adapter: SiteAdapter, doc: Document): PageReading {
  const failed = failedParts(adapter, doc);
  if (failed.length === 0) return { status: 'ok', failed, genericFallback: false };
  const genericFallback = quietly(() => genericAdapter.readThread(doc)) !== null;
  return { status: genericFallback || looksLikeChat(doc) ? 'changed' : 'no-chat', failed, genericFallback };
}
