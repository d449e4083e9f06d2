import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryIndex } from '../../engine/library-index';
import { suggest } from '../../engine/suggest';
import { readThreadTurns } from '../../engine/thread-turns';
import type { LibraryPhrase } from '../../schemas/phrase';
import type { Thread } from '../../schemas/thread';
import { parseIntentEvalFile, type IntentEvalCase } from '../eval/intent-eval-file';
import { buildPeerSearch } from './peer-search';
import { percentile, timeEach } from './timing';

/** MiniSearch over one generated library: building it, and one search per buyer thread. */
export function benchPeerSpeed(phrases: readonly LibraryPhrase[], threads: readonly Thread[], rounds: number): { buildMs: number; p50Ms: number; p95Ms: number } {
  const started = performance.now();
  const peer = buildPeerSearch(phrases);
  const buildMs = performance.now() - started;
  const times = timeEach(threads, (thread) => peer.categoriesFor(readThreadTurns(thread).buyerTurn ?? ''), rounds);
  return { buildMs, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
}

const BLIND = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'eval', 'blind');
const VERDICTS = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'eval', 'reply-fit');

/**
 * The blind batches already scored (their verdicts are in the judgement cache): labelled buyer
 * turns nobody wrote phrases for. Sealed batches are never read here.
 */
export function scoredBlindCases(): IntentEvalCase[] {
  if (!existsSync(BLIND)) return [];
  return readdirSync(BLIND)
    .filter((name) => /^buyers-\d+\.tsv$/.test(name) && existsSync(join(VERDICTS, name.replace('buyers-', 'blind-').replace('.tsv', '.jsonl'))))
    .sort()
    .flatMap((name) => parseIntentEvalFile(readFileSync(join(BLIND, name), 'utf8'), name));
}

/** Category top-1 of the engine and of the peer over the same labelled turns and library. */
export function categoryTop1SideBySide(index: LibraryIndex, phrases: readonly LibraryPhrase[], cases: readonly IntentEvalCase[]): { ours: number; peer: number; n: number } {
  const peer = buildPeerSearch(phrases);
  let ours = 0;
  let theirs = 0;
  for (const evalCase of cases) {
    if (evalCase.expected.includes(suggest(index, evalCase.thread, { limit: 3 }).suggestions[0]?.category ?? '')) ours += 1;
    if (evalCase.expected.includes(peer.categoriesFor(readThreadTurns(evalCase.thread).buyerTurn ?? '')[0] ?? '')) theirs += 1;
  }
  const n = Math.max(1, cases.length);
  return { ours: ours / n, peer: theirs / n, n: cases.length };
}
