import { describe, expect, it } from 'vitest';
import { panelPosition } from '../../../utils/guard/panel-position';

const viewport = { width: 1280, height: 800 };

describe('the guard panel sits by the reply box', () => {
  it('goes just above a reply box at the bottom of the page, aligned with it', () => {
    expect(panelPosition({ top: 600, bottom: 700, left: 240, width: 900 }, 200, viewport)).toEqual({ top: 394, left: 240, width: 440 });
  });

  it('goes below a reply box near the top of the page', () => {
    expect(panelPosition({ top: 40, bottom: 120, left: 10, width: 300 }, 200, viewport)).toMatchObject({ top: 126 });
  });

  it('stays inside a narrow window', () => {
    const position = panelPosition({ top: 600, bottom: 700, left: 300, width: 500 }, 100, { width: 360, height: 800 });
    expect(position.left).toBeGreaterThanOrEqual(4);
    expect(position.left + position.width).toBeLessThanOrEqual(356);
  });
});
