/**
 * Waits until an editor has caught up with the page: rendered the event it took (frameworks
 * commit in a microtask (Lexical), on the next task (React 18 batching) or on the next frame),
 * or read a caret just placed (`selectionchange` arrives a task later). A frame never comes in a
 * hidden tab, so the wait is capped.
 */
const MAX_WAIT_MS = 100;

export function waitForEditorToRender(view: Window): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      view.clearTimeout(cap);
      resolve();
    };
    const cap = view.setTimeout(finish, MAX_WAIT_MS);
    view.setTimeout(() => {
      if (typeof view.requestAnimationFrame === 'function') view.requestAnimationFrame(() => view.setTimeout(finish, 0));
      else finish();
    }, 0);
  });
}
