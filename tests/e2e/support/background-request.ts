import type { Page } from 'playwright-core';
import { backgroundRequests } from '../../../utils/messaging/protocol';
import type { BackgroundRequestInput, BackgroundRequestType, BackgroundResult } from '../../../utils/messaging/background-messenger';

/**
 * Sends one protocol request to the service worker from an extension page, in the wire format of
 * @webext-core/messaging ({ id, type, data, timestamp } → { res } | { err }), and parses the answer
 * with the protocol's schema. Lets a test do what a team lead does on the options page.
 */
export async function requestFromBackground<K extends BackgroundRequestType>(
  extensionPage: Page,
  type: K,
  data: BackgroundRequestInput<K>,
): Promise<BackgroundResult<K>> {
  const answer = await extensionPage.evaluate(
    ({ type, data }) =>
      new Promise<unknown>((resolve, reject) => {
        const runtime = (globalThis as unknown as {
          chrome: { runtime: { sendMessage(message: unknown, reply: (answer: unknown) => void): void; lastError?: { message?: string } } };
        }).chrome.runtime;
        runtime.sendMessage({ id: Date.now() % 10_000, type, data, timestamp: Date.now() }, (reply) => {
          const error = runtime.lastError;
          if (error) reject(new Error(error.message));
          else resolve(reply);
        });
      }),
    { type, data },
  );
  const { res, err } = (answer ?? {}) as { res?: unknown; err?: { message?: string } };
  if (err) throw new Error(`background refused ${type}: ${err.message ?? JSON.stringify(err)}`);
  return backgroundRequests[type].result.parse(res) as BackgroundResult<K>;
}
