import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadBarState, saveBarState } from '../../../utils/settings/bar-state-store';

describe('the in-page bar remembers its state per seller client', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts open, docked by the reply box', async () => {
    expect(await loadBarState('mms.pinduoduo.com')).toEqual({ collapsed: false, offset: { dx: 0, dy: 0 } });
  });

  it('keeps each client’s state apart', async () => {
    await saveBarState('mms.pinduoduo.com', { collapsed: true });
    await saveBarState('im.jinritemai.com', { offset: { dx: -40, dy: 12 } });
    expect(await loadBarState('mms.pinduoduo.com')).toEqual({ collapsed: true, offset: { dx: 0, dy: 0 } });
    expect(await loadBarState('im.jinritemai.com')).toEqual({ collapsed: false, offset: { dx: -40, dy: 12 } });
  });

  it('falls back to the default for a damaged entry without losing the other clients’', async () => {
    await saveBarState('im.jinritemai.com', { collapsed: true });
    const { pageBarStates: stored } = (await fakeBrowser.storage.local.get('pageBarStates')) as { pageBarStates: Record<string, unknown> };
    await fakeBrowser.storage.local.set({ pageBarStates: { ...stored, 'mms.pinduoduo.com': { collapsed: 'yes', offset: { dx: 'far' } } } });
    expect(await loadBarState('mms.pinduoduo.com')).toEqual({ collapsed: false, offset: { dx: 0, dy: 0 } });
    expect((await loadBarState('im.jinritemai.com')).collapsed).toBe(true);
  });

  it('refuses a key that is no host name, naming the rule and an example', async () => {
    await expect(saveBarState('https://mms.pinduoduo.com/', { collapsed: true })).rejects.toThrow(/mms\.pinduoduo\.com/);
  });
});
