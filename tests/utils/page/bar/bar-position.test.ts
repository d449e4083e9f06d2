import { describe, expect, it } from 'vitest';
import { barWidthFor, offsetFor, overlaps, placeBar, BAR_GAP, type Box } from '../../../../utils/page/bar/bar-position';

const VIEWPORT = { width: 1280, height: 800 };
const BAR = { width: 420, height: 120 };
// A 拼多多-like layout: the reply box along the bottom of the chat column, 发送 under its right end.
const INPUT: Box = { left: 240, top: 640, width: 1000, height: 80 };
const SEND: Box = { left: 1180, top: 730, width: 56, height: 30 };
const NO_OFFSET = { dx: 0, dy: 0 };

describe('where the in-page bar sits', () => {
  it('docks just above the reply box, left edges aligned', () => {
    expect(placeBar({ input: INPUT, send: SEND, bar: BAR, viewport: VIEWPORT, offset: NO_OFFSET })).toEqual({
      left: 240,
      top: 640 - BAR_GAP - 120,
    });
  });

  it('goes below the reply box when there is no room above it', () => {
    const topInput = { left: 100, top: 20, width: 600, height: 60 };
    expect(placeBar({ input: topInput, send: null, bar: BAR, viewport: VIEWPORT, offset: NO_OFFSET }).top).toBe(20 + 60 + BAR_GAP);
  });

  it('keeps the agent’s offset from the dock, so a moved bar still follows the reply box', () => {
    const moved = placeBar({ input: INPUT, send: SEND, bar: BAR, viewport: VIEWPORT, offset: { dx: 200, dy: -50 } });
    expect(moved).toEqual({ left: 440, top: 640 - BAR_GAP - 120 - 50 });
    const lower = { ...INPUT, top: 600 };
    expect(placeBar({ input: lower, send: SEND, bar: BAR, viewport: VIEWPORT, offset: { dx: 200, dy: -50 } }).top).toBe(moved.top - 40);
  });

  it('stays inside the window however far it was dragged', () => {
    const point = placeBar({ input: INPUT, send: null, bar: BAR, viewport: VIEWPORT, offset: { dx: 5000, dy: -5000 } });
    expect(point.left + BAR.width).toBeLessThanOrEqual(VIEWPORT.width);
    expect(point.top).toBeGreaterThanOrEqual(0);
  });

  it('never covers the send button, even when the agent drags it there', () => {
    const onSend = { dx: SEND.left - INPUT.left, dy: SEND.top - (INPUT.top - BAR_GAP - BAR.height) };
    const point = placeBar({ input: INPUT, send: SEND, bar: BAR, viewport: VIEWPORT, offset: onSend });
    expect(overlaps({ ...point, ...BAR }, SEND)).toBe(false);
  });

  it('never covers a send button that sits beside the reply box, where the dock would overlap it', () => {
    const sideSend: Box = { left: 260, top: 560, width: 60, height: 30 };
    const point = placeBar({ input: INPUT, send: sideSend, bar: BAR, viewport: VIEWPORT, offset: NO_OFFSET });
    expect(overlaps({ ...point, ...BAR }, sideSend)).toBe(false);
  });

  it('waits in the bottom-right corner when no reply box is found', () => {
    expect(placeBar({ input: null, send: null, bar: BAR, viewport: VIEWPORT, offset: NO_OFFSET })).toEqual({
      left: 1280 - 420 - 16,
      top: 800 - 120 - 16,
    });
  });

  it('is as wide as the reply box, within readable bounds', () => {
    expect(barWidthFor(INPUT, 1280)).toBe(520);
    expect(barWidthFor({ ...INPUT, width: 120 }, 1280)).toBe(260);
    expect(barWidthFor({ ...INPUT, width: 400 }, 1280)).toBe(400);
  });

  it('remembers a drop as the offset that reproduces it', () => {
    const layout = { input: INPUT, send: SEND, bar: BAR, viewport: VIEWPORT };
    const point = placeBar({ ...layout, offset: { dx: 30, dy: -20 } });
    expect(offsetFor(point, layout)).toEqual({ dx: 30, dy: -20 });
  });
});
