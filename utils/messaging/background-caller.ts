import { z } from 'zod/mini';
import type { RequestTable } from './page-protocol';
import type { RequestInput, RequestResult, TypedMessenger } from './typed-messenger';

/** The worker answered something that does not fit the protocol (e.g. a different build). */
export class InvalidBackgroundAnswerError extends Error {
  override readonly name = 'InvalidBackgroundAnswerError';
  constructor(type: string, error: z.core.$ZodError) {
    super(
      `后台对 "${type}" 的回答不符合协议 / the background's answer to "${type}" does not fit the protocol:\n` +
        z.prettifyError(error),
    );
  }
}

type DataArgument<T extends RequestTable, K extends keyof T> =
  undefined extends RequestInput<T, K> ? [data?: RequestInput<T, K>] : [data: RequestInput<T, K>];

/**
 * `callBackground` over one table's typed messenger: background-client.ts makes it for every
 * request (extension pages), page-background-client.ts for those a chat page sends, so that
 * the content script bundles those schemas only.
 */
export function createBackgroundCaller<T extends RequestTable>(channel: TypedMessenger<T>) {
  // The answer is unknown until parsed, whatever the protocol map says.
  const send = channel.messenger.sendMessage as unknown as (type: string, data: unknown) => Promise<unknown>;

  /**
   * Asks the background service worker and returns its parsed answer. Rejects with the
   * worker's error when it refused the request, e.g. InvalidBackgroundRequestError for
   * malformed data.
   */
  return async function callBackground<K extends keyof T & string>(type: K, ...[data]: DataArgument<T, K>): Promise<RequestResult<T, K>> {
    const answer = await send(type, data);
    const parsed = z.safeParse(channel.schemas(type).result, answer);
    if (!parsed.success) throw new InvalidBackgroundAnswerError(type, parsed.error);
    return parsed.data;
  };
}
