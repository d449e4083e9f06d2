import type { SiteAdapter } from '../../sites/site-adapter';

/**
 * The waiting queue's "open this buyer": click the buyer's row in the client's own list, as the
 * agent would, so the client loads the conversation its own way. Nothing else is clicked; a row
 * the adapter cannot find opens nothing.
 */
export function openConversationRow(adapter: SiteAdapter, doc: Document, key: string): { opened: boolean } {
  const row = adapter.findConversationRow?.(doc, key) ?? null;
  if (!row) return { opened: false };
  row.click();
  return { opened: true };
}
