import { describe, expect, it } from 'vitest';
import { blockingRuleIds, isSendKey, shouldStopSend } from '../../../utils/guard/send-decision';
import { defaultWordingRules } from '../../../utils/risky-wording/default-rules';
import { checkWording } from '../../../utils/risky-wording/check-wording';

const plainEnter = { key: 'Enter', shiftKey: false, ctrlKey: false, altKey: false, metaKey: false };

describe('what stops a send', () => {
  it('stops a draft with a block finding, and only that', () => {
    expect(shouldStopSend(checkWording(defaultWordingRules(), '加我微信聊'))).toBe(true);
    expect(shouldStopSend(checkWording(defaultWordingRules(), '这款是我们店最畅销的款'))).toBe(false);
    expect(shouldStopSend(checkWording(defaultWordingRules(), '好的亲，第一时间给您发货'))).toBe(false);
  });

  it('stops a clean draft that still holds an unfilled placeholder such as {日期}', () => {
    const draft = '预计{日期}到仓';
    expect(shouldStopSend(checkWording(defaultWordingRules(), draft), draft)).toBe(true);
    const filled = '预计3月5日到仓';
    expect(shouldStopSend(checkWording(defaultWordingRules(), filled), filled)).toBe(false);
    // A buyer's own braces are not the library's placeholders.
    expect(shouldStopSend([], '好的{笑}')).toBe(false);
  });

  it('counts each blocking rule once', () => {
    const findings = checkWording(defaultWordingRules(), '加我微信聊，或者加我微信也行，这是全网最低价');
    expect(blockingRuleIds(findings)).toEqual(['off-platform-contact', 'extreme-claim-absolute']);
  });

  it('takes plain Enter as the send key; Shift, Ctrl, Alt and Meta with Enter are the page’s', () => {
    expect(isSendKey(plainEnter)).toBe(true);
    for (const modifier of ['shiftKey', 'ctrlKey', 'altKey', 'metaKey'] as const) {
      expect(isSendKey({ ...plainEnter, [modifier]: true })).toBe(false);
    }
    expect(isSendKey({ ...plainEnter, key: 'a' })).toBe(false);
  });
});
