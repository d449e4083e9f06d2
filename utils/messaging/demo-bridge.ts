import { z } from 'zod/mini';
import { pageRequests } from './page-protocol';
import type { PageRequestType } from './page-messenger';

/**
 * The demo chat is an extension page in a tab, and `tabs.sendMessage` only reaches content
 * scripts, so the popup asks it over `runtime.sendMessage` instead. Every extension page hears
 * that broadcast (the worker, other demo tabs), hence a channel of its own and a target tab:
 * only the demo page in that tab answers, everyone else stays silent (an answer, even an empty
 * one, would win the race for the sender's single reply).
 */
export const DEMO_BRIDGE_CHANNEL = 'huashu:demo-page';

const requestTypeSchema = z.enum(Object.keys(pageRequests) as [PageRequestType, ...PageRequestType[]]);

/** What the popup sends. No top-level `type`: @webext-core listeners ignore it as not theirs. */
export const demoBridgeRequestSchema = z.object({
  channel: z.literal(DEMO_BRIDGE_CHANNEL),
  tabId: z.number().check(z.int(), z.gte(0)),
  // `data` is optional: messaging drops an undefined property (readThread carries none).
  request: z.object({ type: requestTypeSchema, data: z.optional(z.unknown()) }),
});
export type DemoBridgeRequest = z.infer<typeof demoBridgeRequestSchema>;

/** Only the envelope, read first: a request for another tab is ignored before anything else. */
const envelopeSchema = z.object({ channel: z.literal(DEMO_BRIDGE_CHANNEL), tabId: z.number() });

export const demoBridgeAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ channel: z.literal(DEMO_BRIDGE_CHANNEL), ok: z.literal(true), result: z.unknown() }),
  z.object({ channel: z.literal(DEMO_BRIDGE_CHANNEL), ok: z.literal(false), error: z.string().check(z.maxLength(4000)) }),
]);
export type DemoBridgeAnswer = z.infer<typeof demoBridgeAnswerSchema>;

export function demoBridgeRequest(tabId: number, type: PageRequestType, data: unknown): DemoBridgeRequest {
  return { channel: DEMO_BRIDGE_CHANNEL, tabId, request: { type, data } };
}

/** The parts of a `runtime.onMessage` sender the bridge looks at. */
export interface BridgeSender {
  id?: string;
  url?: string;
}

export interface DemoBridgeOptions {
  /** This demo page's tab id (`tabs.getCurrent()`), or a promise of it while it is looked up. */
  ownTabId: () => number | undefined | Promise<number | undefined>;
  /** Only our own extension pages (the popup) may ask. */
  isTrustedSender: (sender: BridgeSender) => boolean;
  answer: (type: PageRequestType, data: unknown) => Promise<unknown>;
}

type SendResponse = (answer: DemoBridgeAnswer) => void;

/**
 * A `runtime.onMessage` listener for the demo page. Returns `true` (an answer will follow) only
 * for requests it answers; for anything else it returns `false` and never calls `sendResponse`.
 */
export function createDemoBridgeListener(options: DemoBridgeOptions) {
  return (message: unknown, sender: BridgeSender, sendResponse: SendResponse): boolean => {
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success || !options.isTrustedSender(sender)) return false;

    const respond = async (): Promise<void> => {
      const request = demoBridgeRequestSchema.safeParse(message);
      if (!request.success) {
        sendResponse({
          channel: DEMO_BRIDGE_CHANNEL,
          ok: false,
          error: `演示页请求格式不对 / malformed demo page request:\n${z.prettifyError(request.error)}`.slice(0, 4000),
        });
        return;
      }
      try {
        const result = await options.answer(request.data.request.type, request.data.request.data);
        sendResponse({ channel: DEMO_BRIDGE_CHANNEL, ok: true, result });
      } catch (error) {
        sendResponse({ channel: DEMO_BRIDGE_CHANNEL, ok: false, error: String(error instanceof Error ? error.message : error).slice(0, 4000) });
      }
    };

    const tabId = options.ownTabId();
    if (typeof tabId === 'number' || tabId === undefined) {
      if (tabId !== envelope.data.tabId) return false;
      void respond();
      return true;
    }
    // Still looking up our own tab (a request right at page load): decide when it is known. If
    // it turns out not to be ours we stay silent, and the sender's timeout ends its wait.
    void tabId.then((own) => (own === envelope.data.tabId ? respond() : undefined));
    return true;
  };
}
