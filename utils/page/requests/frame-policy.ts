import type { PageHealth, PageStructureExport } from '../../schemas/page-health';
import type { PageDraft, PageThread } from '../../schemas/page-results';
import type { InputState } from '../page-session';

/**
 * A tab may run the content script in several frames (千牛 can show the chat in an iframe), and a
 * message to the tab reaches every frame; the first answer wins. So frames that know more
 * answer sooner, and only the frame the agent was working in inserts: two frames inserting the
 * same phrase would be worse than none.
 */
export interface FrameFacts {
  isTopFrame: boolean;
  /** Whether this document contains frames that may run their own content script. */
  hasChildFrames: boolean;
}

/** A frame alone in its tab answers at once: nobody competes with it. */
function isAlone(frame: FrameFacts): boolean {
  return frame.isTopFrame && !frame.hasChildFrames;
}

/** After this, a frame with nothing to offer says so, in case no frame has a chat. */
const NOTHING_HERE_DELAY_MS = 400;
const INPUT_ONLY_DELAY_MS = 80;

export function readThreadAnswerDelay(answer: PageThread, frame: FrameFacts): number {
  if (isAlone(frame) || answer.thread) return 0;
  return answer.hasInput ? INPUT_ONLY_DELAY_MS : NOTHING_HERE_DELAY_MS;
}

/**
 * Whether this frame should insert. When frames compete: not when the agent's focus sits in a
 * child frame, and only into a reply box the agent used, or one beside a visible conversation.
 */
export function shouldInsertHere(state: InputState, frame: FrameFacts): boolean {
  if (state.input === 'none') return false;
  if (isAlone(frame)) return true;
  if (state.focusInChildFrame) return false;
  return state.input === 'remembered' || state.hasMessageList;
}

/**
 * The waiting queue's "open this buyer": only the frame whose list has the row clicks it and
 * answers at once; the others say "not here" after it had time to answer.
 */
export function openConversationAnswerDelay(answer: { opened: boolean }, frame: FrameFacts): number {
  return isAlone(frame) || answer.opened ? 0 : NOTHING_HERE_DELAY_MS;
}

/** A frame that will not insert answers "no input" only after an inserting frame had time to answer. */
const DECLINE_INSERT_DELAY_MS = 1500;

export function declineInsertDelay(frame: FrameFacts): number {
  return isAlone(frame) ? 0 : DECLINE_INSERT_DELAY_MS;
}

/** A frame with no reply box answers late, so the frame that has one wins the tab's race . */
export function readDraftAnswerDelay(draft: PageDraft, frame: FrameFacts): number {
  const alone = frame.isTopFrame && !frame.hasChildFrames;
  return alone || draft.hasInput ? 0 : 400;
}

/** Page health: a frame that is no client's chat answers late, so the frame showing the chat wins. */
export function pageHealthAnswerDelay(health: PageHealth, frame: FrameFacts): number {
  return isAlone(frame) || (health.client !== null && health.status !== 'no-chat') ? 0 : NOTHING_HERE_DELAY_MS;
}

/** The structure export: the frame that found its chat area answers first; a bare body later. */
export function structureAnswerDelay(exported: PageStructureExport, frame: FrameFacts): number {
  return isAlone(frame) || exported.root === 'chat-area' ? 0 : NOTHING_HERE_DELAY_MS;
}
