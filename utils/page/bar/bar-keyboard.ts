import { inputKeyRegistry } from '../input-key-handlers';
import { barKeyCommand, type BarKeyCommand, type BarKeyContext } from './bar-keys';
import type { BarModel } from './bar-model';

export interface BarKeyHandlers {
  /** What the bar shows right now. */
  context(): BarKeyContext;
  /** Carries out the command; false when there was nothing to do (the key then stays the page's). */
  run(command: BarKeyCommand): boolean;
}

/**
 * The keys of a mounted bar. `collapsed` is null until the bar is on the page (its preferences
 * still loading): until then no key is the bar's, except Alt+0 with a conversation to show.
 */
export function barKeyHandlers({
  model,
  collapsed,
  beforeHide,
  focusInFacts,
}: {
  model: BarModel;
  collapsed: () => boolean | null;
  /** E.g. give the focus back to the reply box when it was on the bar; also after Esc closes the facts card. */
  beforeHide: () => void;
  /** Whether the focus is on the product's facts (its card or toggle) in the bar. */
  focusInFacts: () => boolean;
}): BarKeyHandlers {
  return {
    context() {
      const view = model.getView();
      const folded = collapsed();
      const visible = folded !== null && view.thread !== null && !view.hidden;
      return { visible, expanded: visible && !folded, facts: (view.product?.facts.length ?? 0) > 0, inFacts: visible && focusInFacts() };
    },
    run(command) {
      switch (command.kind) {
        case 'insert':
          return model.insertAt(command.index);
        case 'toggle':
          return model.toggleHidden();
        case 'facts':
          return model.focusFacts();
        case 'hide':
          beforeHide();
          model.hide();
          return true;
        case 'close-facts':
          // The focus goes back to the reply box first: the card's buttons are about to go.
          beforeHide();
          if (model.getView().factsOpen) model.toggleFacts();
          return true;
      }
    },
  };
}

/** After the shortcut picker and the send guard (KEY_HANDLER_PRIORITY): their Esc and Enter come first. */
export const PAGE_BAR_KEY_PRIORITY = 300;

/**
 * Registers the bar's keys with the window's one key listener (utils/page/input-key-handlers.ts),
 * which runs in the capture phase ahead of the page's own shortcuts and asks nobody while an
 * IME composes. A key the bar acted on goes no further; every other key is left to the page.
 * Returns the function that unregisters them.
 */
export function listenForBarKeys(view: Window, handlers: BarKeyHandlers): () => void {
  return inputKeyRegistry(view).register({
    name: 'page-bar',
    priority: PAGE_BAR_KEY_PRIORITY,
    onKeyDown(event) {
      const command = barKeyCommand(event, handlers.context());
      return command && handlers.run(command) ? 'claim' : 'pass';
    },
  });
}
