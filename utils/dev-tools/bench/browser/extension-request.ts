import type { Page } from 'playwright-core';
import { backgroundRequests } from '../../../messaging/protocol';
import type { BackgroundRequestInput, BackgroundRequestType, BackgroundResult } from '../../../messaging/background-messenger';

/**
 * Sends one background request from an extension page, as the popup or options page would
 * (@webext-core/messaging's wire format), and times it inside that page: from the send to the
 * answer, without Playwright's own round trip. The answer is parsed with the protocol schema.
 */
export async function timedBackgroundRequest<K extends BackgroundRequestType>(
  extensionPage: Page,
  type: K,
  data: BackgroundRequestInput<K>,
): Promise<{ ms: number; result: BackgroundResult<K> }> {
  const { ms, answer } = await extensionPage.evaluate(
    ({ type, data }) =>
      new Promise<{ ms: number; answer: unknown }>((resolve, reject) => {
        const runtime = (globalThis as unknown as {
          chrome: { runtime: { sendMessage(message: unknown, reply: (answer: unknown) => void): void; lastError?: { message?: string } } };
        }).chrome.runtime;
        const started = performance.now();
        runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() }, (reply) => {
          const ms = performance.now() - started;
          const error = runtime.lastError;
          if (error) reject(new Error(error.message));
          else resolve({ ms, answer: reply });
        });
      }),
    { type, data },
  );
  const { res, err } = (answer ?? {}) as { res?: unknown; err?: { message?: string } };
  if (err) throw new Error(`background refused ${type}: ${err.message ?? JSON.stringify(err)}`);
  return { ms, result: backgroundRequests[type].result.parse(res) as BackgroundResult<K> };
}
