import type { InsertResult } from '../messaging/protocol';
import { beforeInputEventStrategy } from './beforeinput-event';
import { domTextNodeStrategy } from './dom-text-node';
import { execCommandStrategy } from './exec-command';
import type { InsertionStrategy } from './insertion-strategy';
import { nativeValueSetterStrategy } from './native-value-setter';
import { pasteEventStrategy } from './paste-event';
import { snapshotEditor, textLanded } from './read-back';
import { waitForEditorToRender } from './settle';

/**
 * Order matters:
 * 1. native-value-setter: textareas and inputs have one reliable way in, and it is exact.
 * 2. paste-event, only for editors recognised as taking paste (ProseMirror, Draft.js, Quill 2,
 *    CKEditor 5): their model takes the text through its own paste path. Draft.js in particular
 *    breaks if the DOM is edited under it, so it must come before execCommand.
 * 3. beforeinput-event, only for Lexical and Slate: they build edits from `beforeinput` alone.
 * 4. exec-command for every contenteditable: the browser types for us, so the page's undo stack
 *    and its input listeners behave as for the agent's own typing. It is the general case, and
 *    the fallback when a recognised editor ignored steps 2–3.
 * 5. dom-text-node: text nodes written by hand, when nothing above changed anything.
 * Each step is read back; a step that changed nothing passes to the next. A step whose event
 * the editor cancelled (it took the text) ends the chain even before its render shows: going
 * on would insert the text twice.
 */
export const INSERTION_CHAIN: readonly InsertionStrategy[] = [
  nativeValueSetterStrategy,
  pasteEventStrategy,
  beforeInputEventStrategy,
  execCommandStrategy,
  domTextNodeStrategy,
];

/**
 * Puts `text` (plain text, never HTML) into `editor` at its caret, replacing its selection, and
 * confirms it by reading the editor back. Never sends: the agent presses 发送.
 * The caller restores focus and caret first (utils/page/page-session.ts).
 */
export async function insertText(editor: HTMLElement, text: string): Promise<InsertResult> {
  const view = editor.ownerDocument.defaultView;
  if (!view || !editor.isConnected) return { ok: false, reason: 'no-input' };
  const strategies = INSERTION_CHAIN.filter((strategy) => strategy.appliesTo(editor));
  if (strategies.length === 0) return { ok: false, reason: 'no-input' };

  for (const strategy of strategies) {
    const before = snapshotEditor(editor);
    let claimed = false;
    try {
      ({ claimed } = strategy.attempt(editor, text));
    } catch {
      // A page can make any step throw (a patched prototype, a detached node): the read-back
      // below still tells whether anything landed, and the next step gets its turn.
    }
    if (textLanded(editor, before, text)) return { ok: true, strategy: strategy.name };
    if (claimed) {
      await waitForEditorToRender(view);
      return textLanded(editor, before, text)
        ? { ok: true, strategy: strategy.name }
        : { ok: false, strategy: strategy.name, reason: 'not-verified' };
    }
  }
  return { ok: false, reason: 'not-verified' };
}
