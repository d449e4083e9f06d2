import { startPageSendGuard } from '../../utils/guard/start-page-send-guard';
import type { SendGuard } from '../../utils/guard/send-guard';
import { demoAdapter } from '../../utils/sites/demo-adapter';

/** The demo page guards its reply box with the same module the content script runs on clients. */
export function startDemoSendGuard(): SendGuard {
  return startPageSendGuard({ doc: document, adapter: demoAdapter });
}
