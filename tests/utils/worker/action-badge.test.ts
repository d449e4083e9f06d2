import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_AMBER, BADGE_RED, BADGE_UPDATE, badgeLook, updateActionBadge } from '../../../utils/worker/action-badge';

beforeEach(() => fakeBrowser.reset());

describe('the toolbar badge, shared by the waiting queue and the team pack update', () => {
  it('counts buyers past half their window first: amber, red once one is past 80 %, 99+ beyond two digits', () => {
    expect(badgeLook({ waitingPastHalf: 2, waitingRed: false, updatePending: true })).toEqual({ text: '2', color: BADGE_AMBER });
    expect(badgeLook({ waitingPastHalf: 1, waitingRed: true, updatePending: false })).toEqual({ text: '1', color: BADGE_RED });
    expect(badgeLook({ waitingPastHalf: 120, waitingRed: true, updatePending: false }).text).toBe('99+');
  });

  it('shows ↑ for a pending update when no buyer is past half, and nothing when neither', () => {
    expect(badgeLook({ waitingPastHalf: 0, waitingRed: false, updatePending: true })).toEqual({ text: '↑', color: BADGE_UPDATE });
    expect(badgeLook({ waitingPastHalf: 0, waitingRed: false, updatePending: false })).toEqual({ text: '', color: null });
  });

  it('keeps one feature’s part when the other says its own, even after the worker restarted (session storage)', async () => {
    await updateActionBadge({ updatePending: true });
    await updateActionBadge({ waitingPastHalf: 0, waitingRed: false });

    expect(await fakeBrowser.action.getBadgeText({})).toBe('↑');
    expect(await fakeBrowser.storage.session.get('actionBadge')).toEqual({ actionBadge: { waitingPastHalf: 0, waitingRed: false, updatePending: true } });
  });
});
