/**
 * Compares pack versions ("1.2.0", "2026.11.23") number by number; a missing part counts as 0,
 * so "1.2" equals "1.2.0". Negative when `a` is older.
 */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
