import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * zod 4 decides whether to compile schemas with `new Function` when each schema is CREATED, and
 * probes for it then — under the extension CSP that probe logs a violation. ES imports run before
 * the importing module's own statements, so `z.config` must sit in a module imported first,
 * ahead of every module that defines a schema.
 *
 * The schemas a chat page parses (utils/schemas/, utils/messaging/page-protocol.ts) are written
 * with zod/mini, which bundles only the functions used: the content script carries no full zod.
 * Full zod sets its English messages when imported; zod/mini does not, so they are set here for
 * the extension pages and the worker. The content script imports zod-jitless-page.ts instead,
 * which says a few words per issue rather than carry zod's English table.
 */
z.config({ jitless: true, ...en() });
