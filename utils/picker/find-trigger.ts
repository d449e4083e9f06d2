/**
 * The shortcut the agent is typing in the reply box: `/` (or `、`, what a Chinese input method
 * types for that key) followed by a shortcut code, pinyin or Chinese, right before the caret.
 * Only at the start of the input or after whitespace: a `/` inside a sentence ("2/3", "A/B款")
 * is just a slash and typing goes on untouched.
 */
export interface ShortcutTrigger {
  /** Offset of the `/` in the text before the caret. */
  start: number;
  /** Offset of the caret: the trigger is text[start, end). */
  end: number;
  /** What follows the `/`: "hy", "huanying", "欢迎". */
  query: string;
}

const TRIGGER_CHARACTERS = new Set(['/', '、']);
/** Long enough for full pinyin of a short phrase; a longer run is a sentence, not a shortcut. */
const MAX_QUERY_LENGTH = 24;
/** Letters, digits and Han characters; anything else (punctuation, spaces) ends a shortcut. */
const QUERY_PATTERN = /^[A-Za-z0-9\u3400-\u9fff]+$/;
const WHITESPACE = /\s/;

export function findTrigger(textBeforeCaret: string): ShortcutTrigger | null {
  const end = textBeforeCaret.length;
  const lowest = Math.max(0, end - MAX_QUERY_LENGTH - 1);
  for (let index = end - 1; index >= lowest; index -= 1) {
    const character = textBeforeCaret.charAt(index);
    if (WHITESPACE.test(character)) return null;
    if (!TRIGGER_CHARACTERS.has(character)) continue;
    if (index > 0 && !WHITESPACE.test(textBeforeCaret.charAt(index - 1))) return null;
    const query = textBeforeCaret.slice(index + 1);
    return QUERY_PATTERN.test(query) ? { start: index, end, query } : null;
  }
  return null;
}
