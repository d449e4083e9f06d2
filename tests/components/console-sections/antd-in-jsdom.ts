import { vi } from 'vitest';

/**
 * What an antd console section needs in a jsdom test, imported before rendering one:
 *
 * - `matchMedia`, which jsdom lacks (antd's grid, descriptions and tables follow the screen
 *   width). Every query answers "no match": a wide desktop screen's defaults.
 * - More time per test: antd computes its styles on a file's first render, seconds on a busy
 *   machine, which the default 5 s does not always cover.
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

vi.setConfig({ testTimeout: 30_000 });
