import { CodeSlots } from './code-slots';
import { runLength, type CodePointRuns } from './code-point-runs';
import { bigramCode, gramCode } from './gram-codes';
import { inverseFrequency } from './grams';
import type { Positions } from './positions';

/**
 * Grams with their posting lists, all in typed arrays so the index can be stored and read back
 * in one piece and costs little memory. Slot s holds gram `codes[s]` (ascending); its entries
 * are `postingList[postingStarts[s] .. postingStarts[s + 1])`.
 */
export interface GramTable {
  /** How many entries (triggers or phrase texts) the table was built over. */
  entryCount: number;
  postingCap: number;
  codes: Float64Array;
  /** How many entries really contain the gram (also when its postings were cut). */
  frequency: Positions;
  postingStarts: Positions;
  /** Entry positions, shortest entries first, at most `postingCap` per gram. */
  postingList: Positions;
}

/**
 * A gram shared by very many entries (亲, 吗, 的 …) would make every lookup walk a huge list.
 * Past this many entries only the shortest ones stay listed under it: a long entry is still
 * reached through its rarer grams, and the gram's true frequency keeps its weight honest.
 */
export function postingCapFor(entryCount: number): number {
  return Math.max(128, Math.ceil(4 * Math.sqrt(entryCount)));
}

/** The slot of `code`, or -1 when no entry has the gram. */
export function slotOf(codes: ArrayLike<number>, code: number): number {
  let low = 0;
  let high = codes.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = codes[middle] ?? 0;
    if (found === code) return middle;
    if (found < code) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

export function frequencyOfCode(table: GramTable, code: number): number {
  const slot = slotOf(table.codes, code);
  return slot === -1 ? 0 : (table.frequency[slot] ?? 0);
}

export function weightOfCode(table: GramTable, code: number): number {
  return inverseFrequency(table.entryCount, frequencyOfCode(table, code));
}

export function postingsOfCode(table: GramTable, code: number): Positions {
  const slot = slotOf(table.codes, code);
  if (slot === -1) return EMPTY;
  return table.postingList.subarray(table.postingStarts[slot] ?? 0, table.postingStarts[slot + 1] ?? 0);
}

const EMPTY = new Uint32Array(0);

/**
 * Adds `weight` to the first `cap` entries listed under `code` (lists are shortest first): the
 * walk a message's gram makes over a table when only the closest entries can matter.
 */
export function addToPostings(table: GramTable, code: number, weight: number, cap: number, into: { add(entry: number, weight: number): void }): void {
  const slot = slotOf(table.codes, code);
  if (slot === -1) return;
  const start = table.postingStarts[slot] ?? 0;
  const end = Math.min(table.postingStarts[slot + 1] ?? 0, start + cap);
  for (let at = start; at < end; at += 1) into.add(table.postingList[at] ?? 0, weight);
}

/** The entries listed under a gram written as text ("亲这", "在"). */
export function postingsOf(table: GramTable, gram: string): Positions {
  return postingsOfCode(table, gramCode(gram));
}

/** How many entries contain a gram written as text. */
export function frequencyOf(table: GramTable, gram: string): number {
  return frequencyOfCode(table, gramCode(gram));
}

/**
 * Builds a GramTable over texts given as code point runs: each text is filed under its
 * bigrams, and a text of at most `shortLength` characters also under its characters. Texts are
 * listed in order of length, then position (a counting sort), so a posting list cut at its cap
 * keeps the texts a short message is most likely to mean.
 */
export function buildGramTable(runs: CodePointRuns, shortLength: number): { table: GramTable; information: Float64Array } {
  const builder = new GramTableBuilder(runs.starts.length - 1);
  const { points, starts } = runs;
  for (const entry of byLength(runs)) {
    const start = starts[entry] ?? 0;
    const end = starts[entry + 1] ?? 0;
    for (let at = start; at + 1 < end; at += 1) builder.add(entry, bigramCode(points[at] ?? 0, points[at + 1] ?? 0));
    if (end - start <= shortLength) for (let at = start; at < end; at += 1) builder.add(entry, points[at] ?? 0);
  }
  const information = new Float64Array(runs.starts.length - 1);
  for (let entry = 0; entry < information.length; entry += 1) information[entry] = builder.information(runs, entry);
  return { table: builder.build(), information };
}

function byLength(runs: CodePointRuns): Uint32Array {
  const count = runs.starts.length - 1;
  let longest = 0;
  for (let run = 0; run < count; run += 1) longest = Math.max(longest, runLength(runs, run));
  const starts = new Uint32Array(longest + 2);
  for (let run = 0; run < count; run += 1) {
    const length = runLength(runs, run);
    starts[length + 1] = (starts[length + 1] ?? 0) + 1;
  }
  for (let length = 0; length <= longest; length += 1) starts[length + 1] = (starts[length + 1] ?? 0) + (starts[length] ?? 0);
  const order = new Uint32Array(count);
  for (let run = 0; run < count; run += 1) {
    const length = runLength(runs, run);
    const at = starts[length] ?? 0;
    order[at] = run;
    starts[length] = at + 1;
  }
  return order;
}

/** Collects (gram, entry) pairs; entries in posting order, an entry's repeated gram counted once. */
class GramTableBuilder {
  private readonly slots = new CodeSlots();
  private counts = new Uint32Array(1024);
  private lastEntry = new Int32Array(1024).fill(-1);
  private pairSlots = new Uint32Array(4096);
  private pairEntries = new Uint32Array(4096);
  private pairCount = 0;
  private seen = new Int32Array(0);

  constructor(private readonly entryCount: number) {}

  add(entry: number, code: number): void {
    const slot = this.slots.slotOf(code);
    if (slot >= this.counts.length) this.growSlots();
    if (this.lastEntry[slot] === entry) return;
    this.lastEntry[slot] = entry;
    this.counts[slot] = (this.counts[slot] ?? 0) + 1;
    if (this.pairCount >= this.pairSlots.length) this.growPairs();
    this.pairSlots[this.pairCount] = slot;
    this.pairEntries[this.pairCount] = entry;
    this.pairCount += 1;
  }

  /**
   * A text's information once every entry is added: the summed weights of its distinct bigrams
   * in order of first occurrence, or of its one character.
   */
  information(runs: CodePointRuns, entry: number): number {
    const { points } = runs;
    const start = runs.starts[entry] ?? 0;
    const end = runs.starts[entry + 1] ?? 0;
    if (end - start === 1) return this.weight(this.slots.find(points[start] ?? 0));
    if (this.seen.length < this.slots.size) this.seen = new Int32Array(this.slots.size).fill(-1);
    let sum = 0;
    for (let at = start; at + 1 < end; at += 1) {
      const slot = this.slots.find(bigramCode(points[at] ?? 0, points[at + 1] ?? 0));
      if (this.seen[slot] === entry) continue;
      this.seen[slot] = entry;
      sum += this.weight(slot);
    }
    return sum;
  }

  build(): GramTable {
    const { codes, slotByRank } = this.slots.sorted();
    const gramCount = codes.length;
    const rankOfSlot = new Uint32Array(gramCount);
    const frequency = new Uint32Array(gramCount);
    slotByRank.forEach((slot, rank) => {
      rankOfSlot[slot] = rank;
      frequency[rank] = this.counts[slot] ?? 0;
    });
    const postingCap = postingCapFor(this.entryCount);
    const postingStarts = new Uint32Array(gramCount + 1);
    for (let rank = 0; rank < gramCount; rank += 1) {
      postingStarts[rank + 1] = (postingStarts[rank] ?? 0) + Math.min(postingCap, frequency[rank] ?? 0);
    }
    const postingList = new Uint32Array(postingStarts[gramCount] ?? 0);
    const filled = new Uint32Array(gramCount);
    for (let pair = 0; pair < this.pairCount; pair += 1) {
      const rank = rankOfSlot[this.pairSlots[pair] ?? 0] ?? 0;
      const taken = filled[rank] ?? 0;
      if (taken >= postingCap) continue;
      postingList[(postingStarts[rank] ?? 0) + taken] = this.pairEntries[pair] ?? 0;
      filled[rank] = taken + 1;
    }
    return { entryCount: this.entryCount, postingCap, codes, frequency, postingStarts, postingList };
  }

  private weight(slot: number): number {
    return inverseFrequency(this.entryCount, slot === -1 ? 0 : (this.counts[slot] ?? 0));
  }

  private growSlots(): void {
    const counts = new Uint32Array(this.counts.length * 2);
    counts.set(this.counts);
    this.counts = counts;
    const lastEntry = new Int32Array(this.lastEntry.length * 2).fill(-1);
    lastEntry.set(this.lastEntry);
    this.lastEntry = lastEntry;
  }

  private growPairs(): void {
    const slots = new Uint32Array(this.pairSlots.length * 2);
    slots.set(this.pairSlots);
    this.pairSlots = slots;
    const entries = new Uint32Array(this.pairEntries.length * 2);
    entries.set(this.pairEntries);
    this.pairEntries = entries;
  }
}
