/**
 * FNV-1a over UTF-16 code units, as 8 hex digits: short, stable across builds and machines,
 * and made only of characters every id pattern allows. For naming things, never for security.
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
