import { shippedPageRuleSet } from '../../utils/guard/shipped-page-rules';
import { startPageSendGuard } from '../../utils/guard/start-page-send-guard';
import type { SendGuard } from '../../utils/guard/send-guard';
import { demoAdapter } from '../../utils/sites/demo-adapter';

/**
 * The demo page guards its reply box with the same module the content script runs on clients; an
 * extension page, it can afford the shipped rules from its first keystroke.
 */
export function startDemoSendGuard(): SendGuard {
  return startPageSendGuard({ doc: document, adapter: demoAdapter, initialRules: shippedPageRuleSet });
}
