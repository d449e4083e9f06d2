import { defineExtensionMessaging, type ExtensionMessenger } from '@webext-core/messaging';
import type { z } from 'zod/mini';
import type { ProtocolOf, RequestTable } from './page-protocol';
import { quietLogger } from './quiet-logger';

/** What a sender passes for request `K` (before schema defaults are applied). */
export type RequestInput<T extends RequestTable, K extends keyof T> = z.input<T[K]['data']>;
/** What a handler receives for request `K`, after parsing. */
export type RequestData<T extends RequestTable, K extends keyof T> = z.output<T[K]['data']>;
/** What request `K` answers, after parsing. */
export type RequestResult<T extends RequestTable, K extends keyof T> = z.output<T[K]['result']>;

export interface TypedMessenger<T extends RequestTable> {
  /** @webext-core's messenger for this table: senders and handlers of one channel share it. */
  readonly messenger: ExtensionMessenger<ProtocolOf<T>>;
  /** The protocol schemas of one request type, to parse its data and its answer (with zod or zod/mini). */
  schemas<K extends keyof T>(type: K): { data: z.core.$ZodType<RequestData<T, K>>; result: z.core.$ZodType<RequestResult<T, K>> };
}

/**
 * One typed messenger over a table of requests (protocol.ts): the worker's channel and the chat
 * pages' channel are both this, so every message is parsed with the same table on both ends.
 */
export function defineTypedMessenger<T extends RequestTable>(table: T): TypedMessenger<T> {
  return {
    messenger: defineExtensionMessaging<ProtocolOf<T>>({ logger: quietLogger }),
    schemas<K extends keyof T>(type: K) {
      // Sound: the entry picked by `type` is that type's schemas; TypeScript alone cannot relate
      // an entry picked by a generic key to that key's z.output.
      return table[type] as unknown as { data: z.core.$ZodType<RequestData<T, K>>; result: z.core.$ZodType<RequestResult<T, K>> };
    },
  };
}
