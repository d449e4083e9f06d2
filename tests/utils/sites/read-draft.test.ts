// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readDraft } from '../../../utils/sites/read-draft';
import { readDraftAnswerDelay } from '../../../utils/page/requests/frame-policy';
import { demoAdapter } from '../../../utils/sites/demo-adapter';
import { loadFixturePage } from '../../fixtures/pages/load-fixture-page';

describe('the popup reads the agent’s unsent draft', () => {
  it('answers what the reply box holds', () => {
    loadFixturePage('demo-chat.html');
    document.querySelector<HTMLTextAreaElement>('#demo-reply-input')!.value = '加我微信聊';
    expect(readDraft(demoAdapter, document)).toEqual({ hasInput: true, text: '加我微信聊' });
  });

  it('says so when the page has no reply box', () => {
    document.body.innerHTML = '<p>没有聊天</p>';
    expect(readDraft(demoAdapter, document)).toEqual({ hasInput: false, text: '' });
  });

  it('lets the frame with the reply box answer first when several frames compete', () => {
    const competing = { isTopFrame: true, hasChildFrames: true };
    expect(readDraftAnswerDelay({ hasInput: true, text: '' }, competing)).toBe(0);
    expect(readDraftAnswerDelay({ hasInput: false, text: '' }, competing)).toBeGreaterThan(0);
    expect(readDraftAnswerDelay({ hasInput: false, text: '' }, { isTopFrame: true, hasChildFrames: false })).toBe(0);
  });
});
