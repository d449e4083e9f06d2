import { configure } from '@testing-library/dom';
import { vi } from 'vitest';

/**
 * What an antd console page needs in a jsdom test, imported before rendering one:
 *
 * - `matchMedia`, which jsdom lacks (antd's grid, descriptions and tables follow the screen
 *   width). Every query answers "no match": a wide desktop screen's defaults.
 * - `ResizeObserver` (tabs, tables), which jsdom lacks too.
 * - `getComputedStyle` without the pseudo-element argument: antd measures the scrollbar through
 *   a pseudo-element, which jsdom does not draw.
 * - Longer waits in `findBy*` and `waitFor`: one role query walks the whole antd page and works
 *   out accessible names, hundreds of ms on a loaded machine, so the default 1 s can end after a
 *   single try while the element is already there (a CI run failed that way on a confirm button).
 * - More time per test: antd's CSS-in-JS computes every component's styles on a file's first
 *   render, seconds on a busy 2-core machine, which the default 5 s does not always cover.
 */
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) satisfies MediaQueryList;
}
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
if (typeof window !== 'undefined') {
  const computed = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => computed(element);
}

export const ANTD_TEST_TIMEOUT_MS = 30_000;
vi.setConfig({ testTimeout: ANTD_TEST_TIMEOUT_MS });
configure({ asyncUtilTimeout: 5_000 });
