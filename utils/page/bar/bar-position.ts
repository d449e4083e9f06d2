import type { BarOffset } from '../../schemas/bar-state';

/** A rectangle in viewport coordinates, as getBoundingClientRect gives it. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Point {
  left: number;
  top: number;
}

export interface BarLayoutInput {
  /** The chat's reply box, or null when the page shows none we can find. */
  input: Box | null;
  /** The page's send button: the bar never covers it. */
  send: Box | null;
  bar: { width: number; height: number };
  viewport: { width: number; height: number };
  /** Where the agent dragged the bar, relative to its dock. */
  offset: BarOffset;
}

/** Room kept between the bar and what it sits beside. */
export const BAR_GAP = 6;
const VIEWPORT_MARGIN = 4;

/** The bar's width: the reply box's, within bounds an agent can still read at a glance. */
export function barWidthFor(input: Box | null, viewportWidth: number): number {
  const wanted = input ? input.width : 420;
  return Math.round(Math.max(260, Math.min(wanted, 520, viewportWidth - 2 * VIEWPORT_MARGIN)));
}

/**
 * Where the bar sits before the agent moves it: just above the reply box, left edges aligned, so
 * the phrases are right where the agent is typing; below it when there is no room above. With
 * no reply box found, in the bottom-right corner.
 */
export function dockPoint({ input, bar, viewport }: Pick<BarLayoutInput, 'input' | 'bar' | 'viewport'>): Point {
  if (!input) {
    return { left: viewport.width - bar.width - 16, top: viewport.height - bar.height - 16 };
  }
  const above = input.top - BAR_GAP - bar.height;
  const below = input.top + input.height + BAR_GAP;
  const top = above >= VIEWPORT_MARGIN || below + bar.height > viewport.height ? above : below;
  return { left: input.left, top };
}

function clampToViewport(point: Point, bar: BarLayoutInput['bar'], viewport: BarLayoutInput['viewport']): Point {
  const maxLeft = Math.max(VIEWPORT_MARGIN, viewport.width - bar.width - VIEWPORT_MARGIN);
  const maxTop = Math.max(VIEWPORT_MARGIN, viewport.height - bar.height - VIEWPORT_MARGIN);
  return {
    left: Math.min(Math.max(point.left, VIEWPORT_MARGIN), maxLeft),
    top: Math.min(Math.max(point.top, VIEWPORT_MARGIN), maxTop),
  };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

function fits(point: Point, bar: BarLayoutInput['bar'], viewport: BarLayoutInput['viewport']): boolean {
  return (
    point.left >= 0 && point.top >= 0 && point.left + bar.width <= viewport.width && point.top + bar.height <= viewport.height
  );
}

/**
 * Where the bar goes: its dock moved by the agent's offset, kept inside the viewport, and moved
 * off the send button when it would cover it (above the button, else to its left, else below),
 * since an agent must always be able to send.
 */
export function placeBar(layout: BarLayoutInput): Point {
  const { bar, viewport, send } = layout;
  const dock = dockPoint(layout);
  const wanted = clampToViewport({ left: dock.left + layout.offset.dx, top: dock.top + layout.offset.dy }, bar, viewport);
  if (!send || !overlaps({ ...wanted, ...bar }, send)) return wanted;
  const alternatives: Point[] = [
    { left: wanted.left, top: send.top - BAR_GAP - bar.height },
    { left: send.left - BAR_GAP - bar.width, top: wanted.top },
    { left: wanted.left, top: send.top + send.height + BAR_GAP },
    { left: send.left + send.width + BAR_GAP, top: wanted.top },
  ];
  return alternatives.find((point) => fits(point, bar, viewport) && !overlaps({ ...point, ...bar }, send)) ?? wanted;
}

/** The offset that puts the bar at `point`, for remembering where the agent dropped it. */
export function offsetFor(point: Point, layout: Omit<BarLayoutInput, 'offset'>): BarOffset {
  const dock = dockPoint(layout);
  return { dx: Math.round(point.left - dock.left), dy: Math.round(point.top - dock.top) };
}
