import type { InsertResult } from '../messaging/protocol';
import { beforeInputEventStrategy } from './beforeinput-event';
import { domTextNodeStrategy } from './dom-text-node';
import { isTextControl } from './editable';
import { execCommandStrategy } from './exec-command';
import { focusEditor } from './focus-editor';
import type { InsertionStrategy } from './insertion-strategy';
import { nativeValueSetterStrategy } from './native-value-setter';
import { pasteEventStrategy } from './paste-event';
import { snapshotEditor, textLanded } from './read-back';
import { waitForEditorToRender } from './settle';

/**
 * Order matters. An editor gets only the steps that apply to its kind, in this order:
 * 1. paste-event, only for editors recognised as taking paste (ProseMirror, Draft.js, Quill 2,
 *    CKEditor 5): their model takes the text through its own paste path, line breaks as new
 *    paragraphs, as one undo step. Draft.js in particular loses the line breaks of a phrase the
 *    browser types into it, so it must come before execCommand.
 * 2. beforeinput-event, only for Lexical and Slate: they build edits from `beforeinput` alone.
 * 3. exec-command for textareas, inputs and every contenteditable: the browser types for us, so
 *    the page's undo stack and its input listeners behave as for the agent's own typing. It is
 *    the general case for rich text, and the fallback when a recognised editor ignored 1–2. For
 *    text controls it comes before 4 because only it keeps Ctrl+Z working.
 * 4. native-value-setter, textareas and inputs only: setRangeText and an `input` event, exact and
 *    independent of the page letting the browser edit.
 * 5. dom-text-node: text nodes written by hand, when nothing above changed anything.
 * Each step is read back; a step that changed nothing passes to the next. A step whose event
 * the editor cancelled (it took the text) ends the chain even before its render shows: going
 * on would insert the text twice.
 */
export const INSERTION_CHAIN: readonly InsertionStrategy[] = [
  pasteEventStrategy,
  beforeInputEventStrategy,
  execCommandStrategy,
  nativeValueSetterStrategy,
  domTextNodeStrategy,
];

/**
 * The phrase as this editor can hold it: "\r\n" as "\n"; a single-line `<input>` would silently
 * drop line breaks and glue the lines together, so they become spaces there.
 */
function textFor(editor: HTMLElement, text: string): string {
  const lines = text.replace(/\r\n?/g, '\n');
  return isTextControl(editor) && editor.localName === 'input' ? lines.replace(/\n+/g, ' ') : lines;
}

/**
 * Puts `text` (plain text, never HTML) into `editor` at its caret, replacing its selection, and
 * confirms it by reading the editor back. When the editor lost the focus, it gets it back first
 * with its last caret (else the caret goes after its text), and keeps it, so the agent's typing
 * continues after the phrase. Never sends: the agent presses 发送.
 */
export async function insertText(editor: HTMLElement, text: string): Promise<InsertResult> {
  const view = editor.ownerDocument.defaultView;
  if (!view || !editor.isConnected) return { ok: false, reason: 'no-input' };
  const strategies = INSERTION_CHAIN.filter((strategy) => strategy.appliesTo(editor));
  if (strategies.length === 0) return { ok: false, reason: 'no-input' };
  const insertion = textFor(editor, text);
  await focusEditor(editor);

  for (const strategy of strategies) {
    const before = snapshotEditor(editor);
    let claimed = false;
    try {
      ({ claimed } = strategy.attempt(editor, insertion));
    } catch {
      // A page can make any step throw (a patched prototype, a detached node): the read-back
      // below still tells whether anything landed, and the next step gets its turn.
    }
    if (textLanded(editor, before, insertion)) return { ok: true, strategy: strategy.name };
    if (claimed) {
      await waitForEditorToRender(view);
      return textLanded(editor, before, insertion)
        ? { ok: true, strategy: strategy.name }
        : { ok: false, strategy: strategy.name, reason: 'not-verified' };
    }
  }
  return { ok: false, reason: 'not-verified' };
}
