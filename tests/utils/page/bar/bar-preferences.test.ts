import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { barSiteOf, loadBarPreferences } from '../../../../utils/page/bar/bar-preferences';
import { loadBarState, saveBarState } from '../../../../utils/settings/bar-state-store';

describe('the agent’s choices for the bar on one client', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are restored before the bar first shows', async () => {
    await saveBarState('mms.pinduoduo.com', { collapsed: true, offset: { dx: 20, dy: -10 } });
    const preferences = await loadBarPreferences('mms.pinduoduo.com', () => undefined);
    expect(preferences.get()).toEqual({ collapsed: true, offset: { dx: 20, dy: -10 } });
  });

  it('follow a drag live, and are saved only where the bar was dropped', async () => {
    const preferences = await loadBarPreferences('mms.pinduoduo.com', () => undefined);
    preferences.moveBy({ dx: 5, dy: 0 });
    preferences.moveBy({ dx: 5, dy: -3 });
    expect(preferences.get().offset).toEqual({ dx: 10, dy: -3 });
    expect((await loadBarState('mms.pinduoduo.com')).offset).toEqual({ dx: 0, dy: 0 });
    preferences.settle({ dx: 8, dy: -3 });
    await expect.poll(async () => (await loadBarState('mms.pinduoduo.com')).offset).toEqual({ dx: 8, dy: -3 });
    preferences.reset();
    await expect.poll(async () => (await loadBarState('mms.pinduoduo.com')).offset).toEqual({ dx: 0, dy: 0 });
  });

  it('belong to the client’s host; a reply box in an about:blank frame counts as its parent’s', () => {
    expect(barSiteOf({ hostname: 'mms.pinduoduo.com' })).toBe('mms.pinduoduo.com');
    const framed = { hostname: '', ancestorOrigins: Object.assign(['https://qn.taobao.com'], { contains: () => true, item: () => null }) };
    expect(barSiteOf(framed as unknown as { hostname: string; ancestorOrigins: DOMStringList })).toBe('qn.taobao.com');
    expect(barSiteOf({ hostname: '' })).toBe('local');
  });
});
