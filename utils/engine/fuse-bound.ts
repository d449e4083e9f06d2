import { FUSE_OPTIONS } from './fuse-config';

/** fuse.js searches patterns longer than this in pieces, and averages their scores. */
const FUSE_CHUNK_LENGTH = 32;

/**
 * False when fuse.js (FUSE_OPTIONS) certainly finds no match of `pattern` in `text`, judged
 * without running it; true when it may. fuse.js (bitap) scores a match errors ÷ pattern
 * length and keeps it only up to the threshold; every pattern character it gets past without
 * an equal character in the text costs an error, so a pattern piece needs at least as many
 * errors as it has characters the text lacks, and at least its length minus the text's. A
 * long message against a short trigger fails this at once, which saves running fuse.js on most
 * candidates. Counts are in UTF-16 units, as fuse.js counts.
 */
export function fuseMayMatch(pattern: string, text: string): boolean {
  if (pattern.length === 0) return true;
  for (const [start, end] of fuseChunks(pattern.length)) {
    const length = end - start;
    if ((length - text.length) / length > FUSE_OPTIONS.threshold) continue;
    let missing = 0;
    for (let i = start; i < end; i += 1) if (!containsUnit(text, pattern.charCodeAt(i))) missing += 1;
    if (Math.max(missing, length - text.length) / length <= FUSE_OPTIONS.threshold) return true;
  }
  return false;
}

function containsUnit(text: string, unit: number): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === unit) return true;
  return false;
}

/** The [start, end) pieces fuse.js splits a pattern of this length into. */
function fuseChunks(length: number): [number, number][] {
  if (length <= FUSE_CHUNK_LENGTH) return [[0, length]];
  const chunks: [number, number][] = [];
  const remainder = length % FUSE_CHUNK_LENGTH;
  for (let start = 0; start < length - remainder; start += FUSE_CHUNK_LENGTH) chunks.push([start, start + FUSE_CHUNK_LENGTH]);
  if (remainder) chunks.push([length - FUSE_CHUNK_LENGTH, length]);
  return chunks;
}
