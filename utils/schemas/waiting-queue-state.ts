import { z } from 'zod/mini';
import { queuedBuyerSchema } from './waiting-queue';

/*
 * What the worker keeps of the waiting queue between its restarts (storage.session) and what one
 * answered buyer becomes (a first reply, counted in the day's figures). Names, clients and times
 * only, like the queue itself.
 */

/**
 * A queued buyer as stored: the frame of the tab whose report holds them too, since on 千牛 the
 * conversation list may live in a frame of its own, and that frame is the one that can open the
 * conversation again (and whose reports alone may say the buyer left).
 */
export const storedQueuedBuyerSchema = z.extend(queuedBuyerSchema, {
  frameId: z.number().check(z.int(), z.gte(0)),
});
export type StoredQueuedBuyer = z.infer<typeof storedQueuedBuyerSchema>;

/** The most buyers kept across every tab (the queue view's own limit). */
export const MAX_QUEUED_BUYERS = 2000;

export const waitingQueueStateSchema = z.object({
  buyers: z.array(storedQueuedBuyerSchema).check(z.maxLength(MAX_QUEUED_BUYERS)),
});
export type WaitingQueueState = z.infer<typeof waitingQueueStateSchema>;

export const EMPTY_WAITING_QUEUE: WaitingQueueState = Object.freeze({ buyers: [] });

/**
 * One buyer answered: the tab that showed them waiting reported them no longer waiting. `waitedMs`
 * from `since` to that report; `withinWindow` against the client's reply window at that moment.
 */
export const firstReplySchema = z.object({
  site: queuedBuyerSchema.shape.site,
  at: z.number().check(z.gte(0)),
  waitedMs: z.number().check(z.gte(0)),
  thresholdSeconds: z.number().check(z.gte(1)),
  withinWindow: z.boolean(),
});
export type FirstReply = z.infer<typeof firstReplySchema>;
