import { readEditorText } from './editable';

/**
 * Did the text land? Compared with whitespace removed, because editors rewrite it (spaces become
 * &nbsp;, line breaks become paragraphs whose textContent has no newline at all). Counting
 * occurrences, not just "contains", keeps a second insertion of the same phrase honest.
 */

function withoutWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, '');
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

export interface EditorSnapshot {
  readonly text: string;
}

export function snapshotEditor(editor: HTMLElement): EditorSnapshot {
  return { text: readEditorText(editor) };
}

export function textLanded(editor: HTMLElement, before: EditorSnapshot, text: string): boolean {
  const after = readEditorText(editor);
  if (after === before.text) return false;
  const needle = withoutWhitespace(text);
  if (!needle) return true; // whitespace-only text: any change is the insertion
  return occurrences(withoutWhitespace(after), needle) > occurrences(withoutWhitespace(before.text), needle);
}
