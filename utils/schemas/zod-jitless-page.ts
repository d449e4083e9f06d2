import { z } from 'zod/mini';

/**
 * The content script's first import, as zod-jitless.ts is every other entrypoint's: jitless for
 * the same reason. Every message a person reads is written in our schemas; zod's own words
 * appear on a chat page only when a message between contexts is malformed, and then only in the
 * local error log. zod's English table would cost the content script 3 KB of its 250, so a page
 * says these few words per issue instead (extension pages and the worker keep zod's English).
 */
function briefMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_big':
      return `too big: at most ${String(issue.maximum)}`;
    case 'too_small':
      return `too small: at least ${String(issue.minimum)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `invalid ${issue.format}`;
    default:
      return `invalid input (${issue.code})`;
  }
}

z.config({ jitless: true, localeError: briefMessage });
