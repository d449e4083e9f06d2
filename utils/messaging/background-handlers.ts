import type { RemoveListenerCallback } from '@webext-core/messaging';
import type { Browser } from 'wxt/browser';
import { z } from 'zod';
import {
  backgroundMessenger,
  backgroundRequestSchemas,
  type BackgroundRequestData,
  type BackgroundRequestType,
  type BackgroundResult,
} from './background-messenger';

/** A request whose data does not fit the protocol; nothing was run for it. */
export class InvalidBackgroundRequestError extends Error {
  override readonly name = 'InvalidBackgroundRequestError';
  constructor(type: string, error: z.core.$ZodError) {
    super(
      `后台请求 "${type}" 的数据不符合协议，未执行 / background request "${type}" was refused, its data does not fit the protocol:\n` +
        z.prettifyError(error),
    );
  }
}

export type BackgroundHandler<K extends BackgroundRequestType> = (
  data: BackgroundRequestData<K>,
  sender: Browser.runtime.MessageSender,
) => Promise<BackgroundResult<K>> | BackgroundResult<K>;

/**
 * Answers one background request type. `data` is parsed with the protocol schema first: a
 * malformed message (another extension context is still trusted code, but it may be an older
 * build, or buggy) gets InvalidBackgroundRequestError back and the handler never runs.
 * Call at the top level of the worker, synchronously: a woken worker must have its listeners
 * before the message that woke it is dispatched.
 */
export function handleBackgroundRequest<K extends BackgroundRequestType>(
  type: K,
  handler: BackgroundHandler<K>,
): RemoveListenerCallback {
  const { data: dataSchema } = backgroundRequestSchemas(type);
  // Typed loosely on purpose: what arrives is unknown until parsed, whatever the protocol map says.
  const listen = backgroundMessenger.onMessage as (
    type: K,
    onReceived: (message: { data: unknown; sender: Browser.runtime.MessageSender }) => Promise<BackgroundResult<K>>,
  ) => RemoveListenerCallback;
  return listen(type, async (message) => {
    const parsed = z.safeParse(dataSchema, message.data);
    if (!parsed.success) throw new InvalidBackgroundRequestError(type, parsed.error);
    return handler(parsed.data, message.sender);
  });
}
