import Fuse from 'fuse.js';
import type { LibraryIndex } from '../../engine/library-index';
import { buildShippedLibraryIndex } from '../../engine/shipped-library-index';
import { shippedCorpus } from '../../engine/topic-model/shipped-corpus';
import { topicExamples } from '../../engine/topic-model/topic-examples';
import { trainTopicModel } from '../../engine/topic-model/train-topic-model';
import { restoreLibraryIndex } from '../../engine/stored-library-index';
import { suggest } from '../../engine/suggest';
import { forgetContextReadings } from '../../engine/thread-context';
import { generateLibrary } from '../eval/generated-library';
import type { LibraryPhrase } from '../../schemas/phrase';
import type { Thread } from '../../schemas/thread';
import { retainedMegabytes } from './retained-memory';
import { deserializeAsIndexedDb, serializeAsIndexedDb } from './storage-round-trip';
import { median, medianTime, percentile, timeEach, timeOnce } from './timing';

/** Figures for one library size; times in ms, memory in MB (10^6 bytes). */
export interface LibraryFigures {
  phrases: number;
  indexBuildMs: number;
  /** Training the topic model (the part of the build that reads the corpus), ms. */
  trainMs: number;
  indexLoadMs: number;
  storedMb: number;
  heapMb: number;
  heapBuiltMb: number;
  suggestP50Ms: number;
  suggestP95Ms: number;
  /** suggest() on a conversation none of whose earlier turns was read before (timed once per thread). */
  newConversationP95Ms: number;
  fuseBaselineP50Ms: number;
  /** Turns the fuse.js baseline was timed on (it takes seconds a turn on big libraries). */
  fuseBaselineTurns: number;
  speedup: number;
}

export interface LibraryBenchOptions {
  /** Rounds per buyer thread; each thread counts with its median. */
  suggestRounds: number;
  buildRuns: number;
  loadRuns: number;
  baselineTurns: number;
}

/** The baseline the issue names: fuse.js over the whole library, threshold 0.4, ignoreLocation. */
export const PLAIN_FUSE_OPTIONS = Object.freeze({ keys: ['text', 'triggers'], threshold: 0.4, ignoreLocation: true });

/**
 * Generates a library of `size` phrases and measures, in this one process: building its index,
 * storing it as IndexedDB would and loading it back (what a woken service worker does), the
 * memory the loaded index keeps, suggest() over the buyer threads, and plain fuse.js over the
 * whole library for the first turns of the same threads.
 */
export async function benchLibrary(seedPhrases: readonly LibraryPhrase[], size: number, threads: readonly Thread[], options: LibraryBenchOptions): Promise<LibraryFigures> {
  const phrases = generateLibrary(seedPhrases, size);
  const library = { phrases, categories: [] };

  let built: LibraryIndex = buildShippedLibraryIndex(library);
  const indexBuildMs = medianTime(() => (built = buildShippedLibraryIndex(library)), options.buildRuns);
  const trainMs = medianTime(() => trainTopicModel(topicExamples(built.phrases, built.triggers, shippedCorpus())), options.buildRuns);
  const stored = serializeAsIndexedDb(built);
  // About 30 MB of copies, so a small index is not lost in the heap's own noise.
  const copies = Math.max(1, Math.min(20, Math.round(30e6 / stored.length)));
  const heapBuiltMb = (await retainedMegabytes(() => withScratch(buildShippedLibraryIndex(library), threads), copies)).megabytes;

  const load = (): LibraryIndex => restoreLibraryIndex(deserializeAsIndexedDb(stored));
  const indexLoadMs = medianTime(load, options.loadRuns);
  const { value: loaded, megabytes: heapMb } = await retainedMegabytes(() => withScratch(load(), threads), copies);

  // A conversation never seen: its earlier turns read for the first time, once per thread (after
  // one unmeasured pass, so the first threads do not carry the compiler's warm-up).
  const timeNewConversation = (thread: Thread): number => {
    forgetContextReadings(loaded);
    return timeOnce(() => suggest(loaded, thread));
  };
  threads.forEach(timeNewConversation);
  const newConversation = threads.map(timeNewConversation);
  // As live: a buyer's new message in a conversation whose earlier turns the worker has read.
  for (const thread of threads) suggest(loaded, thread);
  const ours = timeEach(threads, (thread) => suggest(loaded, thread), options.suggestRounds);
  const baselineThreads = threads.slice(0, options.baselineTurns);
  const fuse = new Fuse(phrases, PLAIN_FUSE_OPTIONS);
  fuse.search(lastBuyerTurn(threads[0]));
  const baseline = baselineThreads.map((thread) => timeOnce(() => fuse.search(lastBuyerTurn(thread))));
  const fuseBaselineP50Ms = median(baseline);

  return {
    phrases: size,
    indexBuildMs,
    trainMs,
    indexLoadMs,
    storedMb: stored.length / 1e6,
    heapMb,
    heapBuiltMb,
    suggestP50Ms: percentile(ours, 50),
    suggestP95Ms: percentile(ours, 95),
    newConversationP95Ms: percentile(newConversation, 95),
    fuseBaselineP50Ms,
    fuseBaselineTurns: baseline.length,
    speedup: fuseBaselineP50Ms / median(ours.slice(0, baseline.length)),
  };
}

/** An index as a worker holds it: after its first answer, with its work arrays allocated. */
function withScratch(index: LibraryIndex, threads: readonly Thread[]): LibraryIndex {
  for (const thread of threads.slice(0, 5)) suggest(index, thread);
  return index;
}

function lastBuyerTurn(thread: Thread | undefined): string {
  const messages = thread?.messages ?? [];
  for (let i = messages.length - 1; i >= 0; i -= 1) if (messages[i]?.role === 'buyer') return messages[i]?.text ?? '';
  return '';
}
