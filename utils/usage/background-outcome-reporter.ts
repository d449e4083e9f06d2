import { callBackground } from '../messaging/page-background-client';
import type { SiteAdapter } from '../sites/site-adapter';
import { createOutcomeReporter, type OutcomeReporter } from './observe-insertion-outcome';

/**
 * The outcome reporter for phrases the popup inserts into this page: what the agent then does with
 * them (sent, edited, deleted) goes to the background's `recordInsertionOutcome`, ids only.
 */
export function createBackgroundOutcomeReporter(options: {
  doc: Document;
  adapter: Pick<SiteAdapter, 'readThread' | 'findInput'>;
  onError: (error: unknown) => void;
}): OutcomeReporter {
  return createOutcomeReporter({ ...options, report: (outcome) => callBackground('recordInsertionOutcome', outcome) });
}
