import type { InsertResult } from '../schemas/page-results';
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
 * The chain, in order. Strategies are split by mechanism, not by editor: an editor gets only the
 * steps whose `appliesTo` accepts it, in this order, and each step is read back before the next.
 *
 * | # | step (file)                              | editor kinds it serves                                   | why here                                                                                  |
 * |---|------------------------------------------|----------------------------------------------------------|-------------------------------------------------------------------------------------------|
 * | 1 | paste-event (paste-event.ts)             | ProseMirror/Tiptap, Draft.js, Quill 2, CKEditor 5        | their model takes the text through its own paste path: line breaks as paragraphs, one undo step; Draft.js loses the line breaks of typed text, so this comes before 3 |
 * | 2 | beforeinput-event (beforeinput-event.ts) | Lexical, Slate                                           | they build edits from `beforeinput` alone and ignore what the browser types               |
 * | 3 | exec-command (exec-command.ts)           | textareas, inputs, every contenteditable (Quill 1 …)     | the browser types for us: the page's undo stack and input listeners behave as for the agent's own typing; the fallback when 1–2 were ignored; before 4 because only it keeps Ctrl+Z working in text controls |
 * | 4 | native-value-setter (native-value-setter.ts) | textareas and inputs                                 | `setRangeText` and an `input` event: exact, and independent of the page letting the browser edit |
 * | 5 | dom-text-node (dom-text-node.ts)         | contenteditables                                         | text nodes written by hand, when nothing above changed anything                           |
 *
 * A step that changed nothing passes to the next. A step whose event the editor cancelled (it
 * took the text) ends the chain even before its render shows: going on would insert it twice.
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
