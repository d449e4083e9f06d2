import type { BarOffset } from '../../schemas/bar-state';
import type { SiteAdapter } from '../../sites/site-adapter';
import { barWidthFor, offsetFor, placeBar, type BarLayoutInput, type Box, type Point } from './bar-position';

export interface BarPlacement {
  /** The bar's outer element, or null while the bar is not rendered. */
  attach(frame: HTMLElement | null): void;
  /** Measures the reply box and send button again and moves the bar beside them. */
  update(): void;
  /** The offset from the dock that matches where the bar is now (after keeping it on screen). */
  currentOffset(): BarOffset | null;
}

/** A box the agent can see; a detached or `display: none` element measures 0×0 at the origin. */
function visibleBox(element: HTMLElement | null): Box | null {
  if (!element?.isConnected) return null;
  const { left, top, width, height } = element.getBoundingClientRect();
  return width > 0 || height > 0 ? { left, top, width, height } : null;
}

function safely<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null; // a page in the middle of re-rendering can trip an adapter
  }
}

/**
 * Keeps the bar docked by the chat input: width from the reply box, position from the dock, the
 * agent's offset and the send button (utils/page/bar/bar-position.ts). Writes only our own
 * element's inline style; reads the page's layout, never changes it.
 */
export function createBarPlacement({ adapter, doc, offset }: { adapter: SiteAdapter; doc: Document; offset: () => BarOffset }): BarPlacement {
  let frame: HTMLElement | null = null;
  let lastLayout: Omit<BarLayoutInput, 'offset'> | null = null;
  let lastPoint: Point | null = null;

  function update(): void {
    const view = doc.defaultView;
    if (!frame?.isConnected || !view) return;
    const viewport = { width: view.innerWidth, height: view.innerHeight };
    const input = visibleBox(safely(() => adapter.findInput(doc)));
    const send = visibleBox(safely(() => adapter.findSendButton(doc)));
    // Width first: the height follows from how the phrases wrap at that width.
    frame.style.width = `${barWidthFor(input, viewport.width)}px`;
    const bar = { width: frame.offsetWidth, height: frame.offsetHeight };
    lastLayout = { input, send, bar, viewport };
    lastPoint = placeBar({ ...lastLayout, offset: offset() });
    frame.style.left = `${Math.round(lastPoint.left)}px`;
    frame.style.top = `${Math.round(lastPoint.top)}px`;
  }

  return {
    attach(element) {
      frame = element;
      update();
    },
    update,
    currentOffset: () => (lastLayout && lastPoint ? offsetFor(lastPoint, lastLayout) : null),
  };
}
