import { codePointsOf } from '../gram-codes';

/**
 * The features the topic model reads: every distinct run of one, two and three characters of a
 * normalised message, hashed to 32 bits. Hashes rather than the grams themselves, so a model
 * over a 100k-phrase library is a few flat typed arrays; with some 10^5 distinct grams, two
 * sharing a hash is rare and costs only a little noise. Each length hashes from its own seed,
 * so 吗 never meets the pair 吗吗.
 */
export function topicFeatures(normalized: string): Uint32Array {
  const points = codePointsOf(normalized);
  const seen = new Set<number>();
  for (let at = 0; at < points.length; at += 1) {
    let hash: number = SEEDS[0];
    for (let length = 0; length < MAX_GRAM && at + length < points.length; length += 1) {
      hash = mix(hash ^ (points[at + length] ?? 0));
      seen.add(finish(hash ^ (SEEDS[length + 1] ?? 0)));
    }
  }
  return Uint32Array.from(seen).sort();
}

const MAX_GRAM = 3;
const SEEDS = [0x811c9dc5, 0x1b873593, 0x85ebca6b, 0xc2b2ae35] as const;

/** FNV-1a's step. */
function mix(hash: number): number {
  return Math.imul(hash, 0x01000193) >>> 0;
}

/** murmur3's finaliser: spreads the last step's bits over the whole word. */
function finish(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
