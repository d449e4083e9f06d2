/**
 * What antd asks of the browser and jsdom lacks: matchMedia (responsive tables, grids) and
 * ResizeObserver (tabs, tables). Import it before rendering.
 */
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
// antd measures the scrollbar through a pseudo-element, which jsdom does not draw: measure the element.
if (typeof window !== 'undefined') {
  const computed = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => computed(element);
}

/**
 * antd's first renders in jsdom (its CSS-in-JS computes every component's styles) take seconds on
 * a busy 2-core machine; a wizard test clicks through several steps.
 */
export const ANTD_TEST_TIMEOUT_MS = 30_000;
