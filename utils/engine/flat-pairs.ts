/**
 * Adds `value` to the entry for `key` in a flat [key, value, key, value, …] list, appending the
 * key when it is new. For the handful of categories one trigger or gram touches, a flat list
 * is cheaper than a Map, and it keeps keys in order of first sight so sums add up in that order.
 */
export function addToPairs(pairs: number[], key: number, value: number): void {
  for (let i = 0; i < pairs.length; i += 2) {
    if (pairs[i] === key) {
      pairs[i + 1] = (pairs[i + 1] ?? 0) + value;
      return;
    }
  }
  pairs.push(key, 0 + value);
}
