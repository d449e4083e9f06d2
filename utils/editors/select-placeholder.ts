import { readEditorText } from './editable';
import { unfilledPlaceholdersIn, type AnyPlaceholderName } from '../placeholders/unfilled-placeholders';
import { selectTextRange, textBeforeCaret } from './editor-text-range';

/**
 * After a phrase with a placeholder nobody could fill (`{订单号}` with no order in the thread,
 * `{日期}`) went in at `from`: selects the first of them, so what the agent types next replaces
 * it and the raw `{…}` never goes out. Returns whether one was selected.
 */
export function selectFirstUnfilled(editor: HTMLElement, from: number, unfilled: readonly AnyPlaceholderName[]): boolean {
  if (unfilled.length === 0) return false;
  const text = readEditorText(editor);
  let first: { start: number; end: number } | null = null;
  for (const name of unfilled) {
    const token = `{${name}}`;
    const start = text.indexOf(token, from);
    if (start >= 0 && (!first || start < first.start)) first = { start, end: start + token.length };
  }
  if (!first) return false;
  selectTextRange(editor, first.start, first.end);
  return true;
}

/**
 * The same, for `text` just inserted before the caret (the bar, the popup, the demo panel, the
 * insert-first-suggestion shortcut): the agent lands on the blank instead of after the phrase.
 */
export function selectFirstUnfilledOf(editor: HTMLElement, text: string): boolean {
  const unfilled = unfilledPlaceholdersIn(text);
  if (unfilled.length === 0) return false;
  const before = textBeforeCaret(editor);
  return selectFirstUnfilled(editor, before === null ? 0 : Math.max(0, before.length - text.length), unfilled);
}
