/**
 * The part of @testing-library/react the page UI's tests use, rendering with Preact: the
 * 'page UI on Preact' test project (vitest.config.ts) resolves '@testing-library/react' here,
 * as the content script's build resolves React to preact/compat. Renders and events run inside
 * Preact's act(), so the DOM is up to date when they return, as with React's.
 */
import { fireEvent as domFireEvent, getQueriesForElement, prettyDOM } from '@testing-library/dom';
import { render as preactRender, type ComponentChild } from 'preact';
import { act as preactAct } from 'preact/test-utils';

export { screen, waitFor, within } from '@testing-library/dom';

/** Like React's act(): the callback's updates are rendered, then a macrotask later whatever they started. */
export async function act(callback: () => unknown): Promise<void> {
  await preactAct(callback as () => void | Promise<void>);
  await preactAct(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

const mounted = new Set<HTMLElement>();

export function render(ui: ComponentChild) {
  const container = document.body.appendChild(document.createElement('div'));
  mounted.add(container);
  void preactAct(() => preactRender(ui, container));
  return {
    container,
    baseElement: document.body,
    rerender: (next: ComponentChild) => void preactAct(() => preactRender(next, container)),
    unmount: () => void preactAct(() => preactRender(null, container)),
    debug: () => console.log(prettyDOM(container)),
    ...getQueriesForElement(container),
  };
}

export function cleanup(): void {
  for (const container of mounted) {
    void preactAct(() => preactRender(null, container));
    container.remove();
  }
  mounted.clear();
}

type FireEvent = typeof domFireEvent;
const wrap =
  <A extends unknown[]>(fire: (...args: A) => boolean) =>
  (...args: A): boolean => {
    let result = false;
    void preactAct(() => {
      result = fire(...args);
    });
    return result;
  };

export const fireEvent = Object.assign(
  wrap((element: Document | Element | Window | Node, event: Event) => domFireEvent(element, event)),
  Object.fromEntries(Object.entries(domFireEvent).map(([name, fire]) => [name, wrap(fire as (...args: unknown[]) => boolean)])),
) as unknown as FireEvent;
