import { defineLocalItem } from '../settings/local-item';
import { PAGE_HEALTH_LOG_CAPACITY, pageHealthRecordSchema, type PageHealthRecord } from '../schemas/page-health';

/**
 * The local log of client pages that stopped matching their adapters (storage.local, newest
 * last): which client, which named lists failed, the extension version, when. Never a word of the
 * page. The console's diagnostics lists it; nothing sends it anywhere.
 */

const pageHealthItem = defineLocalItem<unknown[]>('pageHealthLog', []);

/** One failure as the content script saw it once the page settled. */
export type PageHealthSighting = Omit<PageHealthRecord, 'count'>;

function sameFailure(a: PageHealthRecord, b: PageHealthSighting): boolean {
  return a.client === b.client && a.version === b.version && a.genericFallback === b.genericFallback && a.failed.join() === b.failed.join();
}

export function parsePageHealthLog(stored: unknown): PageHealthRecord[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((value) => {
    const parsed = pageHealthRecordSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Adds sightings, newest last: the same failure as the newest record of that client counts up
 * (each page load of a broken client would otherwise fill the log); the oldest fall off.
 */
export function appendSightings(records: readonly PageHealthRecord[], sightings: readonly PageHealthSighting[]): PageHealthRecord[] {
  const next = [...records];
  for (const sighting of sightings) {
    const index = next.findLastIndex((record) => record.client === sighting.client);
    const previous = index >= 0 ? next[index] : undefined;
    if (previous && sameFailure(previous, sighting)) {
      next.splice(index, 1);
      next.push({ ...previous, time: Math.max(previous.time, sighting.time), count: previous.count + 1 });
      continue;
    }
    const record = pageHealthRecordSchema.safeParse({ ...sighting, count: 1 });
    if (record.success) next.push(record.data);
  }
  return next.slice(-PAGE_HEALTH_LOG_CAPACITY);
}

let pending: PageHealthSighting[] = [];
let writing: Promise<void> = Promise.resolve();

async function flush(): Promise<void> {
  const sightings = pending;
  pending = [];
  if (sightings.length === 0) return;
  await pageHealthItem.setValue(appendSightings(parsePageHealthLog(await pageHealthItem.getValue()), sightings));
}

/** Remembers one sighting. Never rejects: a content script whose extension was updated cannot write. */
export function recordPageHealth(sighting: PageHealthSighting): Promise<void> {
  pending.push(sighting);
  writing = writing.then(flush).catch(() => undefined);
  return writing;
}

export async function readPageHealthLog(): Promise<PageHealthRecord[]> {
  return parsePageHealthLog(await pageHealthItem.getValue());
}

export async function clearPageHealthLog(): Promise<void> {
  await pageHealthItem.setValue([]);
}

export function watchPageHealthLog(onChange: (records: PageHealthRecord[]) => void): () => void {
  return pageHealthItem.watch((value) => onChange(parsePageHealthLog(value)));
}
