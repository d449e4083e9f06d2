/** Where the guard panel goes: just above the reply box, or below it when the box is near the top. */
export interface PanelPosition {
  readonly top: number;
  readonly left: number;
  readonly width: number;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  width: number;
}

const GAP = 6;
const MARGIN = 4;
const MAX_WIDTH = 440;
const MIN_WIDTH = 280;

/**
 * Above the reply box (where a chat's own popovers rarely are, and the agent's eyes already
 * go when sending), aligned with its left edge and no wider than it, kept inside the viewport.
 */
export function panelPosition(input: Box, panelHeight: number, viewport: { width: number; height: number }): PanelPosition {
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, input.width), viewport.width - 2 * MARGIN);
  const left = Math.min(Math.max(MARGIN, input.left), Math.max(MARGIN, viewport.width - width - MARGIN));
  const above = input.top - GAP - panelHeight;
  const below = input.bottom + GAP;
  const top = above >= MARGIN || below + panelHeight > viewport.height - MARGIN ? Math.max(MARGIN, above) : below;
  return { top, left, width };
}
