import { z } from 'zod';
import {
  backgroundMessenger,
  backgroundRequestSchemas,
  type BackgroundRequestInput,
  type BackgroundRequestType,
  type BackgroundResult,
} from './background-messenger';

/** The worker answered something that does not fit the protocol (e.g. a different build). */
export class InvalidBackgroundAnswerError extends Error {
  override readonly name = 'InvalidBackgroundAnswerError';
  constructor(type: string, error: z.ZodError) {
    super(
      `后台对 "${type}" 的回答不符合协议 / the background's answer to "${type}" does not fit the protocol:\n` +
        z.prettifyError(error),
    );
  }
}

type DataArgument<K extends BackgroundRequestType> =
  undefined extends BackgroundRequestInput<K> ? [data?: BackgroundRequestInput<K>] : [data: BackgroundRequestInput<K>];

/**
 * Asks the background service worker (from the popup, the demo page, a content script or the
 * options page) and returns its parsed answer. Rejects with the worker's error when it refused
 * the request, e.g. InvalidBackgroundRequestError for malformed data.
 */
export async function callBackground<K extends BackgroundRequestType>(
  type: K,
  ...[data]: DataArgument<K>
): Promise<BackgroundResult<K>> {
  const { result: resultSchema } = backgroundRequestSchemas(type);
  // The answer is unknown until parsed, whatever the protocol map says.
  const send = backgroundMessenger.sendMessage as (type: K, data: BackgroundRequestInput<K> | undefined) => Promise<unknown>;
  const answer = await send(type, data);
  const parsed = resultSchema.safeParse(answer);
  if (!parsed.success) throw new InvalidBackgroundAnswerError(type, parsed.error);
  return parsed.data;
}
