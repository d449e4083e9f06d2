import { describe, expect, it, vi } from 'vitest';
import { createGuardPanelState, SEND_ANYWAY_PASS_MS } from '../../../utils/guard/guard-panel-state';
import type { WordingFinding } from '../../../utils/schemas/risky-wording-finding';

/** The send guard's panel as state: what the agent sees as they type, send, dismiss and override. */

const WECHAT: WordingFinding = {
  ruleId: 'off-platform-wechat',
  category: 'off-platform',
  severity: 'block',
  start: 0,
  end: 3,
  matchedText: '加微信',
  reason: { 'zh-CN': '引导站外联系', en: 'moves the buyer off the platform' },
  alternative: { 'zh-CN': '在平台内联系', en: 'stay on the platform' },
};

describe('the send guard panel', () => {
  it('shows findings while the agent types, and hides when the draft is clean again', () => {
    const panel = createGuardPanelState();
    panel.showDraft('加微信聊', [WECHAT]);
    expect(panel.view()).toMatchObject({ status: 'notice', draft: '加微信聊' });
    panel.showDraft('好的亲', []);
    expect(panel.view()).toEqual({ status: 'hidden' });
  });

  it('counts each stopped send as a new attempt and tells who listens', () => {
    const panel = createGuardPanelState();
    const stopped = vi.fn();
    panel.onSendStopped(stopped);
    panel.block('加微信聊', [WECHAT]);
    panel.block('加微信聊', [WECHAT]);
    expect(panel.view()).toMatchObject({ status: 'blocked', attempt: 2 });
    expect(stopped).toHaveBeenCalledTimes(2);
  });

  it('keeps a stopped send stopped while the same draft is only looked at again', () => {
    const panel = createGuardPanelState();
    panel.block('加微信聊', [WECHAT]);
    panel.showDraft('加微信聊', [WECHAT]);
    expect(panel.view().status).toBe('blocked');
  });

  it('keeps findings the agent dismissed hidden until the draft changes', () => {
    const panel = createGuardPanelState();
    panel.showDraft('加微信聊', [WECHAT]);
    panel.dismiss();
    panel.showDraft('加微信聊', [WECHAT]);
    expect(panel.view().status).toBe('hidden');
    panel.showDraft('加微信聊吧', [WECHAT]);
    expect(panel.view().status).toBe('notice');
  });

  it('lets the overridden draft through for a minute, and no other draft', () => {
    let now = 1_000;
    const panel = createGuardPanelState(() => now);
    panel.grantPass('加微信聊');
    expect(panel.hasPass('加微信聊 ')).toBe(false);
    panel.grantPass('加微信聊');
    now += SEND_ANYWAY_PASS_MS - 1;
    expect(panel.hasPass('加微信聊')).toBe(true);
    now += 2;
    expect(panel.hasPass('加微信聊')).toBe(false);
  });
});
