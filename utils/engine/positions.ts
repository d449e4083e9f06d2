/**
 * A column of non-negative whole numbers — positions, offsets, counts — in the narrowest typed
 * array that holds its largest value. The index is built with Uint32Array everywhere and
 * narrowed once it is complete (narrow-index.ts): a waking service worker reads the stored index
 * back before its first answer, and the read grows with the bytes (about 9 ms a megabyte on a
 * slow machine), while most columns of a library of a few thousand phrases fit in 16 bits or 8.
 * The engine only ever reads them by index, which costs the same for every width.
 */
export type Positions = Uint8Array | Uint16Array | Uint32Array;

/** `values` in the narrowest unsigned array that holds them (the same array when that is 32 bits). */
export function narrowPositions(values: Positions): Positions {
  let largest = 0;
  for (let i = 0; i < values.length; i += 1) if ((values[i] ?? 0) > largest) largest = values[i] ?? 0;
  if (largest <= 0xff) return values instanceof Uint8Array ? values : Uint8Array.from(values);
  if (largest <= 0xffff) return values instanceof Uint16Array ? values : Uint16Array.from(values);
  return values;
}
