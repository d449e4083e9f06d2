import { defineLocalItem } from '../settings/local-item';
import {
  ERROR_LOG_CAPACITY,
  errorLogEntrySchema,
  type ErrorContext,
  type ErrorLogEntry,
  type ErrorLogExport,
} from './error-entry';

/**
 * The local error ring buffer: the last ERROR_LOG_CAPACITY errors of every context, in
 * storage.local, for a team lead to look at or export — support without telemetry. Nothing here
 * is ever sent anywhere; only kind, place and time are kept (see error-entry.ts).
 */

const errorLogItem = defineLocalItem<unknown[]>('errorLog', []);

export interface ErrorRecord {
  type: string;
  context: ErrorContext;
  module: string | null;
  time: number;
}

function parseEntries(stored: unknown): ErrorLogEntry[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((value) => {
    const parsed = errorLogEntrySchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Adds records to the log, newest last: a repeat of the newest entry counts up, the oldest fall off. */
export function appendToLog(entries: readonly ErrorLogEntry[], records: readonly ErrorRecord[]): ErrorLogEntry[] {
  const next = [...entries];
  for (const record of records) {
    const last = next[next.length - 1];
    if (last && last.type === record.type && last.context === record.context && last.module === record.module) {
      next[next.length - 1] = { ...last, time: Math.max(last.time, record.time), count: last.count + 1 };
    } else {
      const entry = errorLogEntrySchema.safeParse({ ...record, count: 1 });
      if (entry.success) next.push(entry.data);
    }
  }
  return next.slice(-ERROR_LOG_CAPACITY);
}

// One write at a time per context: records that arrive meanwhile are written together next.
// Two contexts writing at the same instant may still lose one record; for a diagnostics log that
// is acceptable, and cheaper than a lock.
let pending: ErrorRecord[] = [];
let writing: Promise<void> = Promise.resolve();

async function flush(): Promise<void> {
  const records = pending;
  pending = [];
  if (records.length === 0) return;
  await errorLogItem.setValue(appendToLog(parseEntries(await errorLogItem.getValue()), records));
}

/**
 * Remembers one error. Never throws and never rejects: a failing error log must not become
 * another error (e.g. after an update, when the old content script can no longer reach storage).
 */
export function recordError(record: ErrorRecord): Promise<void> {
  pending.push(record);
  writing = writing.then(flush).catch(() => undefined);
  return writing;
}

export async function readErrorLog(): Promise<ErrorLogEntry[]> {
  return parseEntries(await errorLogItem.getValue());
}

export async function clearErrorLog(): Promise<void> {
  await errorLogItem.setValue([]);
}

export function watchErrorLog(onChange: (entries: ErrorLogEntry[]) => void): () => void {
  return errorLogItem.watch((value) => onChange(parseEntries(value)));
}

/** The export a team lead downloads: the entries plus the version they came from. */
export async function exportErrorLog(version: string, now: Date = new Date()): Promise<ErrorLogExport> {
  return { format: 1, version, exportedAt: now.toISOString(), entries: await readErrorLog() };
}
