import type { LibraryIndex } from './library-index';
import { columnItem } from './string-column';

/**
 * A reading of each phrase's text (does it presume an unshipped order, which goods does it name),
 * made the first time the ranking asks for that phrase and kept per index: an index's texts never
 * change, and a ranking asks about the same phrases on every message.
 */
export function perPhraseText<T>(read: (text: string) => T): (index: LibraryIndex, position: number) => T {
  const readings = new WeakMap<LibraryIndex, (T | undefined)[]>();
  return (index, position) => {
    let known = readings.get(index);
    if (!known) {
      known = new Array<T | undefined>(index.phrases.count);
      readings.set(index, known);
    }
    let reading = known[position];
    if (reading === undefined) {
      reading = read(columnItem(index.phrases.texts, position));
      known[position] = reading;
    }
    return reading;
  };
}
