import type { SiteOverride, SiteOverrideTrial } from '../../schemas/site-override';
import { isOverridableClient } from '../../schemas/site-lists';
import { clientAdapterWithLists } from '../../sites/site-overrides';

/**
 * The console's 试一试 for a selector override: this page's client read once with the draft
 * lists in place of its own (no generic fallback, so a list that finds nothing shows as such).
 * The page's own adapter is untouched. `adapterId` is the id of the adapter the page runs.
 */
export function trySiteOverride(adapterId: string, override: SiteOverride, doc: Document): SiteOverrideTrial {
  const none = { messageList: false, input: false, sendButton: false };
  if (override.client !== adapterId || !isOverridableClient(override.client)) {
    return { site: adapterId, sameClient: false, thread: null, found: none };
  }
  try {
    const adapter = clientAdapterWithLists(override.client, override.lists);
    return {
      site: adapterId,
      sameClient: true,
      thread: adapter.readThread(doc),
      found: { messageList: adapter.findMessageList(doc) !== null, input: adapter.findInput(doc) !== null, sendButton: adapter.findSendButton(doc) !== null },
    };
  } catch (error) {
    // A selector this page's parser refuses although the check let it through.
    return { site: adapterId, sameClient: true, thread: null, found: none, error: (error instanceof Error ? error.message : String(error)).slice(0, 500) };
  }
}
