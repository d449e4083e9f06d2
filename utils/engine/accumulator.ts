/**
 * Sums per entry (trigger or phrase) for one message, in arrays sized to the library and reused
 * for every message: on a 100k-phrase library a Map per message would allocate tens of
 * thousands of entries each time. Entries are reported in the order they were first touched,
 * as a Map would iterate them.
 */
export class Accumulator {
  private readonly values: Float64Array;
  private readonly stamps: Uint32Array;
  private stamp = 0;
  /** Entries touched since `reset`, in order of first touch. */
  readonly touched: number[] = [];

  constructor(size: number) {
    this.values = new Float64Array(size);
    this.stamps = new Uint32Array(size);
  }

  reset(): void {
    this.touched.length = 0;
    this.stamp += 1;
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  has(entry: number): boolean {
    return this.stamps[entry] === this.stamp;
  }

  get(entry: number): number {
    return this.has(entry) ? (this.values[entry] ?? 0) : 0;
  }

  add(entry: number, value: number): void {
    if (this.has(entry)) {
      this.values[entry] = (this.values[entry] ?? 0) + value;
      return;
    }
    this.stamps[entry] = this.stamp;
    this.values[entry] = 0 + value;
    this.touched.push(entry);
  }

  set(entry: number, value: number): void {
    if (!this.has(entry)) {
      this.stamps[entry] = this.stamp;
      this.touched.push(entry);
    }
    this.values[entry] = value;
  }
}

const accumulators = new WeakMap<object, Map<string, Accumulator>>();

/**
 * The accumulator named `purpose` for `owner` (an index), made on first use. Callers finish
 * with it before anything else asks for the same one: the engine is synchronous.
 */
export function accumulatorFor(owner: object, purpose: string, size: number): Accumulator {
  let byPurpose = accumulators.get(owner);
  if (!byPurpose) {
    byPurpose = new Map();
    accumulators.set(owner, byPurpose);
  }
  let accumulator = byPurpose.get(purpose);
  if (!accumulator) {
    accumulator = new Accumulator(size);
    byPurpose.set(purpose, accumulator);
  }
  accumulator.reset();
  return accumulator;
}
