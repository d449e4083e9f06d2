/**
 * A dependency-free check of a CSS selector's syntax, for where no browser parses it (the
 * service worker, the pack CLI in Node). It refuses only what no selector can be — unbalanced
 * brackets, parentheses or quotes, an empty part between commas, a combinator with nothing
 * after it, an attribute test that is not `[name]` or `[name op value flag]` — and accepts the
 * rest; where a DOM exists the browser's own parser decides (isValidCssSelector in custom-site.ts).
 */

const ATTRIBUTE = /^\s*(?:[-\w*|]+\|)?-?[_a-zA-Z\u00a0-\uffff][-\w\u00a0-\uffff]*\s*(?:[~|^$*]?=\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[-\w\u00a0-\uffff]+)\s*(?:[iIsS]\s*)?)?$/;

/** Splits at top-level commas; null when brackets or quotes do not balance. */
function topLevelParts(selector: string): { parts: string[]; attributes: string[] } | null {
  const parts: string[] = [];
  const attributes: string[] = [];
  const stack: string[] = [];
  let quote: string | null = null;
  let start = 0;
  let attributeStart = -1;
  for (let index = 0; index < selector.length; index += 1) {
    const char = selector[index];
    if (quote) {
      if (char === '\\') index += 1;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '\\') {
      index += 1;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '(') {
      stack.push(')');
    } else if (char === '[') {
      if (stack.at(-1) === ']') return null;
      stack.push(']');
      attributeStart = index + 1;
    } else if (char === ')' || char === ']') {
      if (stack.pop() !== char) return null;
      if (char === ']') attributes.push(selector.slice(attributeStart, index));
    } else if (char === ',' && stack.length === 0) {
      parts.push(selector.slice(start, index));
      start = index + 1;
    }
  }
  if (quote || stack.length > 0) return null;
  parts.push(selector.slice(start));
  return { parts, attributes };
}

export function hasValidSelectorSyntax(selector: string): boolean {
  const split = topLevelParts(selector);
  if (!split) return false;
  if (!split.attributes.every((attribute) => ATTRIBUTE.test(attribute))) return false;
  return split.parts.every((part) => {
    const trimmed = part.trim();
    // A compound is needed on both sides of a combinator (a leading one is only valid inside :has()).
    return trimmed !== '' && !/[>+~]$/.test(trimmed) && !/^[>+~]/.test(trimmed) && !/[>+~]\s*[>+~]/.test(trimmed.replace(/\[[^\]]*\]|\([^)]*\)/g, ''));
  });
}
