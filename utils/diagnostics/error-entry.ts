import { z } from 'zod/mini';

/**
 * One remembered error, as support may see it: what kind, where, when, how often. There is
 * deliberately no field for an error's message or a stack: those can quote the chat (a buyer's
 * phone number in a thrown message, a page URL with a conversation id), and this log must be
 * safe to hand to anyone.
 */

/** The extension's contexts; each installs the handlers once (see install-error-log.ts). */
export const errorContextSchema = z.enum(['background', 'content', 'popup', 'demo', 'options']);
export type ErrorContext = z.infer<typeof errorContextSchema>;

/**
 * An error's kind is a programmer's identifier (TypeError, QuotaExceededError, ZodError): plain
 * ASCII, so no Chinese chat text can hide in it.
 */
export const errorTypeSchema = z
  .string()
  .check(z.regex(/^[A-Za-z_$][\w$]{0,59}$/, 'an error type is an ASCII identifier of at most 60 characters, e.g. "TypeError"'));

/**
 * Where in the code: a file of the extension with line and column ("background.js:1:2576",
 * readable against the same build), or a name the code gave the place ("seed-default-pack").
 */
export const errorModuleSchema = z
  .string()
  .check(
    z.regex(
      /^[\w./-]{1,120}(:\d{1,7}){0,2}$/,
      'an error place is an extension file with line and column, e.g. "content-scripts/content.js:1:1993", or a code name, e.g. "seed-default-pack"',
    ),
  );

export const errorLogEntrySchema = z.object({
  type: errorTypeSchema,
  context: errorContextSchema,
  module: z.nullable(errorModuleSchema),
  /** When it last happened (ms since 1970). */
  time: z.number().check(z.int(), z.gte(0)),
  /** The same error again and again right after itself counts up instead of filling the log. */
  count: z.number().check(z.int(), z.gte(1)),
});
export type ErrorLogEntry = z.infer<typeof errorLogEntrySchema>;

/** How many entries are kept; the oldest go first. */
export const ERROR_LOG_CAPACITY = 100;

/** The file a team lead exports and may send to whoever supports them. */
export const errorLogExportSchema = z.object({
  format: z.literal(1),
  version: z.string(),
  exportedAt: z.string(),
  entries: z.array(errorLogEntrySchema),
});
export type ErrorLogExport = z.infer<typeof errorLogExportSchema>;
