import { backgroundRequests } from './protocol';
import { defineTypedMessenger, type RequestData, type RequestInput, type RequestResult } from './typed-messenger';

/**
 * Requests to the background service worker. Only background-client.ts (senders) and
 * background-handlers.ts (the worker) use it, so every message is parsed on both ends; a chat
 * page sends its own requests with page-background-client.ts.
 */
export const backgroundChannel = defineTypedMessenger(backgroundRequests);
export const backgroundMessenger = backgroundChannel.messenger;
export const backgroundRequestSchemas = backgroundChannel.schemas;

type Table = typeof backgroundRequests;
export type BackgroundRequestType = keyof Table;
export type BackgroundRequestInput<K extends BackgroundRequestType> = RequestInput<Table, K>;
export type BackgroundRequestData<K extends BackgroundRequestType> = RequestData<Table, K>;
export type BackgroundResult<K extends BackgroundRequestType> = RequestResult<Table, K>;
