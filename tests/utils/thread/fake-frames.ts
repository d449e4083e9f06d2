import type { FrameScheduler } from '../../../utils/thread/watch-thread';

/** Animation frames under the test's control: nothing runs until `runFrame()`. */
export function fakeFrames() {
  let callbacks = new Map<number, () => void>();
  let next = 1;
  const scheduler: FrameScheduler = {
    requestFrame(callback) {
      callbacks.set(next, callback);
      return next++;
    },
    cancelFrame(handle) {
      callbacks.delete(handle);
    },
  };
  return {
    scheduler,
    pending: () => callbacks.size,
    runFrame() {
      const due = callbacks;
      callbacks = new Map();
      for (const callback of due.values()) callback();
    },
  };
}

/** MutationObserver callbacks run as microtasks after the DOM change. */
export const mutationsDelivered = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
