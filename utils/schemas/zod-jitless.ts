import { z } from 'zod';

/**
 * zod 4 decides whether to compile schemas with `new Function` when each schema is CREATED, and
 * probes for it then — under the extension CSP that probe logs a violation. ES imports run before
 * the importing module's own statements, so `z.config` must sit in a module imported first,
 * ahead of every module that defines a schema.
 */
z.config({ jitless: true });
