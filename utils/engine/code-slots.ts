/**
 * Gram code → slot number (0, 1, 2 … in order of first sight), for building an index. A Map
 * keyed by bigram codes (too big for V8's small integers) boxes every key and made a
 * 100k-phrase build spend seconds in hashing and garbage collection; this open-addressing
 * table keeps keys in a Float64Array and allocates nothing per lookup.
 */
export class CodeSlots {
  private keys: Float64Array;
  private slots: Int32Array;
  private mask: number;
  /** Codes by slot. */
  private codesBySlot: Float64Array;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    this.codesBySlot = new Float64Array(Math.max(16, expected));
  }

  /** The slot of `code`, or -1. */
  find(code: number): number {
    for (let at = hash(code) & this.mask; ; at = (at + 1) & this.mask) {
      const slot = this.slots[at] ?? -1;
      if (slot === -1) return -1;
      if (this.keys[at] === code) return slot;
    }
  }

  /** The slot of `code`, given the next free slot number when it is new. */
  slotOf(code: number): number {
    let at = hash(code) & this.mask;
    for (; ; at = (at + 1) & this.mask) {
      const slot = this.slots[at] ?? -1;
      if (slot === -1) break;
      if (this.keys[at] === code) return slot;
    }
    const slot = this.size;
    this.keys[at] = code;
    this.slots[at] = slot;
    if (slot >= this.codesBySlot.length) {
      const grown = new Float64Array(this.codesBySlot.length * 2);
      grown.set(this.codesBySlot);
      this.codesBySlot = grown;
    }
    this.codesBySlot[slot] = code;
    this.size += 1;
    if (this.size * 2 > this.keys.length) this.grow();
    return slot;
  }

  codeOf(slot: number): number {
    return this.codesBySlot[slot] ?? 0;
  }

  /** Codes in ascending order, with the slot each one has. */
  sorted(): { codes: Float64Array; slotByRank: Uint32Array } {
    const codes = this.codesBySlot.slice(0, this.size).sort();
    const slotByRank = Uint32Array.from(codes, (code) => this.find(code));
    return { codes, slotByRank };
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldSlots = this.slots;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.slots = new Int32Array(oldKeys.length * 2).fill(-1);
    this.mask = this.keys.length - 1;
    oldSlots.forEach((slot, at) => {
      if (slot === -1) return;
      const code = oldKeys[at] ?? 0;
      let to = hash(code) & this.mask;
      while ((this.slots[to] ?? -1) !== -1) to = (to + 1) & this.mask;
      this.keys[to] = code;
      this.slots[to] = slot;
    });
  }
}

/** Mixes both halves of a code below 2^53 into 32 bits. */
function hash(code: number): number {
  const low = code >>> 0;
  const high = Math.floor(code / 0x100000000) >>> 0;
  let mixed = Math.imul(low ^ Math.imul(high, 0x27d4eb2d), 0x9e3779b1);
  mixed ^= mixed >>> 15;
  return Math.imul(mixed, 0x85ebca6b) >>> 0;
}
