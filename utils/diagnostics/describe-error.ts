import { errorModuleSchema, errorTypeSchema } from './error-entry';

/**
 * Turns a thrown value into the two things the log keeps — its kind and where in the extension
 * it came from — without ever reading its message. Pure, so it is tested without a browser.
 */

export interface ErrorDescription {
  type: string;
  /** The first place in the extension's own files, or null when none is known. */
  module: string | null;
}

/** A non-Error thrown or rejected (`throw 'x'`, `Promise.reject(404)`): only its JS type is kept. */
const NON_ERROR_TYPE = 'NonErrorValue';

function safeType(candidate: unknown): string | null {
  return typeof candidate === 'string' && errorTypeSchema.safeParse(candidate).success ? candidate : null;
}

/**
 * `name` first: minified builds rename classes, while errors that matter set `name` themselves
 * (ZodError, AbortError, QuotaExceededError); the constructor's name is the fallback.
 */
export function errorTypeOf(value: unknown): string {
  if (!(value instanceof Error) && !isErrorLike(value)) return NON_ERROR_TYPE;
  const error = value as { name?: unknown; constructor?: { name?: unknown } };
  return safeType(error.name) ?? safeType(error.constructor?.name) ?? 'Error';
}

/** An Error from another realm (a frame, the page) fails `instanceof` but still has a stack. */
function isErrorLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { stack?: unknown }).stack === 'string';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The first stack frame inside the extension, as "path:line:column". Only frame lines are read:
 * V8 puts "Name: message" (which may span lines) before its frames, so that part is cut off first.
 */
export function extensionFrameOf(stack: string, message: string, extensionOrigin: string): string | null {
  const header = message.length > 0 && stack.includes(message) ? stack.indexOf(message) + message.length : 0;
  const frames = stack.slice(header);
  const frame = new RegExp(`${escapeRegExp(extensionOrigin)}([\\w./-]{1,120}):(\\d{1,7}):(\\d{1,7})`).exec(frames);
  if (!frame) return null;
  const place = `${frame[1]}:${frame[2]}:${frame[3]}`;
  return errorModuleSchema.safeParse(place).success ? place : null;
}

/** "path:line:column" of an extension file URL (an ErrorEvent's filename), else null. */
export function extensionPlaceOf(url: string, line: number, column: number, extensionOrigin: string): string | null {
  if (!url.startsWith(extensionOrigin)) return null;
  const place = `${url.slice(extensionOrigin.length).split(/[?#]/)[0]}:${line}:${column}`;
  return errorModuleSchema.safeParse(place).success ? place : null;
}

export function describeError(value: unknown, extensionOrigin: string): ErrorDescription {
  const type = errorTypeOf(value);
  if (type === NON_ERROR_TYPE) return { type, module: null };
  const { stack, message } = value as { stack?: unknown; message?: unknown };
  const module =
    typeof stack === 'string' ? extensionFrameOf(stack, typeof message === 'string' ? message : '', extensionOrigin) : null;
  return { type, module };
}
