import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Memory a value keeps alive: JS heap plus the ArrayBuffers behind its typed arrays (the engine
 * index keeps most of its bytes there, outside the JS heap), measured after full collections
 * with the value held and compared with before it existed.
 */
export async function retainedMegabytes<T>(make: () => T, copies = 1): Promise<{ value: T; megabytes: number }> {
  const before = await settledBytes();
  // Small values are measured as several copies: a megabyte of unrelated garbage collected
  // in between would otherwise swamp them (or even make them negative).
  const held = Array.from({ length: Math.max(1, copies) }, make);
  const after = await settledBytes();
  const value = held[0] as T;
  return { value, megabytes: (after - before) / 1e6 / held.length };
}

/**
 * Bytes in use once garbage is gone. V8 frees the memory of dead ArrayBuffers on a background
 * thread after a collection, so the count is read again, with pauses, until it stops moving.
 */
async function settledBytes(): Promise<number> {
  const gc = collector();
  let previous = Number.NaN;
  for (let attempt = 0; attempt < 20; attempt += 1) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const usage = process.memoryUsage();
    const bytes = usage.heapUsed + usage.arrayBuffers;
    if (Math.abs(bytes - previous) < 50_000) return bytes;
    previous = bytes;
  }
  return previous;
}

let cached: (() => void) | undefined;

/** V8's full collection, also when node was started without --expose-gc. */
function collector(): () => void {
  if (cached) return cached;
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return (cached = exposed);
  setFlagsFromString('--expose-gc');
  cached = runInNewContext('gc') as () => void;
  return cached;
}
