/**
 * Which fact an arrow key moves to on the facts card: ↑ and ↓ step through the facts and wrap
 * around, Home and End jump to the ends. Null for every other key (Enter and Space are the fact
 * button's own: they insert it).
 */
export function factIndexAfterKey(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
