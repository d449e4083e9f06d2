import { defineExtensionMessaging } from '@webext-core/messaging';
import type { z } from 'zod';
import { backgroundRequests, type BackgroundProtocol } from './protocol';
import { quietLogger } from './quiet-logger';

/**
 * The one messenger for requests to the background service worker. Only background-client.ts
 * (senders) and background-handlers.ts (the worker) use it, so every message is parsed on both ends.
 */
export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>({ logger: quietLogger });

export type BackgroundRequestType = keyof typeof backgroundRequests;
/** What a sender passes (before schema defaults are applied). */
export type BackgroundRequestInput<K extends BackgroundRequestType> = z.input<(typeof backgroundRequests)[K]['data']>;
/** What a handler receives, after parsing. */
export type BackgroundRequestData<K extends BackgroundRequestType> = z.output<(typeof backgroundRequests)[K]['data']>;
export type BackgroundResult<K extends BackgroundRequestType> = z.output<(typeof backgroundRequests)[K]['result']>;

/**
 * The protocol schemas of one request type. The cast is sound (it is the same table entry);
 * TypeScript alone cannot relate an entry picked by a generic key to that key's z.output.
 */
export function backgroundRequestSchemas<K extends BackgroundRequestType>(
  type: K,
): { data: z.ZodType<BackgroundRequestData<K>>; result: z.ZodType<BackgroundResult<K>> } {
  return backgroundRequests[type] as unknown as {
    data: z.ZodType<BackgroundRequestData<K>>;
    result: z.ZodType<BackgroundResult<K>>;
  };
}
