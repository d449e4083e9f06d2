import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * wxt's fakeBrowser implements `runtime.sendMessage` promise-style and without `sendResponse`,
 * while @webext-core/messaging (on Chrome) calls `chrome.runtime.sendMessage(message, callback)`
 * and answers through `sendResponse` after returning `true`. This swaps in Chrome's behaviour:
 * messages and answers are JSON-copied (Chrome serialises them), the first `sendResponse`
 * wins, and `runtime.lastError` is set when nobody answers. Undone by `vi.restoreAllMocks()`.
 */
const SENDER = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` };

/** Who Chrome says sent a message: the popup by default; a chat tab's content script carries `tab` and `frameId`. */
export interface FakeSender {
  id?: string;
  url?: string;
  tab?: { id?: number; windowId?: number };
  frameId?: number;
}

type Delivery = { answer: unknown } | { lastError: string };
type ListenerTrigger = (message: unknown, sender: FakeSender, sendResponse: (answer: unknown) => void) => Promise<unknown[]>;

const jsonCopy = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

function deliver(message: unknown, sender: FakeSender): Promise<Delivery> {
  const onMessage = fakeBrowser.runtime.onMessage as unknown as { hasListeners(): boolean; trigger: ListenerTrigger };
  return new Promise((resolve) => {
    if (!onMessage.hasListeners()) {
      resolve({ lastError: 'Could not establish connection. Receiving end does not exist.' });
      return;
    }
    let answered = false;
    const sendResponse = (answer: unknown) => {
      if (answered) return;
      answered = true;
      resolve({ answer: jsonCopy(answer) });
    };
    void onMessage.trigger(jsonCopy(message), sender, sendResponse).then((returned) => {
      if (!answered && !returned.includes(true)) {
        answered = true;
        resolve({ lastError: 'The message port closed before a response was received.' });
      }
    });
  });
}

/** `sender` says who sends each message (read when it is sent): the popup unless a test says otherwise. */
export function useChromeRuntimeMessaging(sender: () => FakeSender = () => SENDER): void {
  const runtime = fakeBrowser.runtime as unknown as { lastError?: { message: string } };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown, callback?: (answer: unknown) => void) => {
    void deliver(message, sender()).then((delivery) => {
      runtime.lastError = 'lastError' in delivery ? { message: delivery.lastError } : undefined;
      try {
        callback?.('answer' in delivery ? delivery.answer : undefined);
      } finally {
        runtime.lastError = undefined;
      }
    });
  }) as unknown as typeof fakeBrowser.runtime.sendMessage);
}
