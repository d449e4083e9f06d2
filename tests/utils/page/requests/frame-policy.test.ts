import { describe, expect, it } from 'vitest';
import { declineInsertDelay, openConversationAnswerDelay, readThreadAnswerDelay, shouldInsertHere } from '../../../../utils/page/requests/frame-policy';
import type { InputState } from '../../../../utils/page/page-session';

const alone = { isTopFrame: true, hasChildFrames: false };
const topWithFrames = { isTopFrame: true, hasChildFrames: true };
const child = { isTopFrame: false, hasChildFrames: false };
const state = (input: InputState['input'], hasMessageList = false, focusInChildFrame = false): InputState => ({ input, hasMessageList, focusInChildFrame });
const thread = { site: 'generic', messages: [{ role: 'buyer' as const, text: '在吗' }] };

describe('frames of one tab agreeing who answers the popup', () => {
  it('a page without frames answers at once, whatever it has', () => {
    expect(readThreadAnswerDelay({ site: 'generic', hasInput: false, thread: null }, alone)).toBe(0);
    expect(declineInsertDelay(alone)).toBe(0);
  });

  it('the frame showing the conversation answers first; a frame with nothing answers last', () => {
    const withThread = readThreadAnswerDelay({ site: 'generic', hasInput: true, thread }, child);
    const inputOnly = readThreadAnswerDelay({ site: 'generic', hasInput: true, thread: null }, topWithFrames);
    const nothing = readThreadAnswerDelay({ site: 'generic', hasInput: false, thread: null }, topWithFrames);
    expect(withThread).toBe(0);
    expect(inputOnly).toBeGreaterThan(withThread);
    expect(nothing).toBeGreaterThan(inputOnly);
  });

  it('the frame whose list has the buyer’s row opens it and answers first; the others say “not here” later', () => {
    expect(openConversationAnswerDelay({ opened: true }, child)).toBe(0);
    expect(openConversationAnswerDelay({ opened: false }, alone)).toBe(0);
    expect(openConversationAnswerDelay({ opened: false }, topWithFrames)).toBeGreaterThan(0);
  });

  it('the frame the agent typed in inserts; the page around it does not', () => {
    expect(shouldInsertHere(state('remembered'), child)).toBe(true);
    expect(shouldInsertHere(state('remembered', true, true), topWithFrames)).toBe(false);
  });

  it('when nobody typed yet, only a reply box beside a visible conversation takes the phrase', () => {
    expect(shouldInsertHere(state('found', true), child)).toBe(true);
    expect(shouldInsertHere(state('found', false), topWithFrames)).toBe(false);
    expect(shouldInsertHere(state('found', false), alone)).toBe(true);
  });

  it('a frame without a reply box never inserts, and lets the others answer first', () => {
    expect(shouldInsertHere(state('none', true), alone)).toBe(false);
    expect(declineInsertDelay(child)).toBeGreaterThan(1000);
  });
});
