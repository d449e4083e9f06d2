import { z } from 'zod/mini';
import { threadProductSchema } from './chat-product';

/** Robot replies in the seller clients count as `agent`. */
export const messageRoleSchema = z.enum(['buyer', 'agent', 'system']);
export type MessageRole = z.infer<typeof messageRoleSchema>;

export const threadMessageSchema = z.object({
  role: messageRoleSchema,
  text: z.string().check(z.maxLength(5000)),
  /** The page's own id for the message when it has one; used to suppress duplicates. */
  id: z.optional(z.string().check(z.maxLength(200))),
});
export type ThreadMessage = z.infer<typeof threadMessageSchema>;

export const buyerSchema = z.object({
  id: z.optional(z.string().check(z.maxLength(200))),
  nickname: z.optional(z.string().check(z.maxLength(200))),
});

/** The open conversation as a site adapter read it, earliest message first. */
export const threadSchema = z.object({
  site: z._default(z.string().check(z.maxLength(40)), 'generic'),
  conversationId: z.optional(z.string().check(z.maxLength(200))),
  buyer: z.optional(buyerSchema),
  messages: z.array(threadMessageSchema).check(z.maxLength(400)),
  /** The product the conversation is about: the latest product or order card, or the client's product panel. */
  product: z.optional(threadProductSchema),
});
export type Thread = z.infer<typeof threadSchema>;
export type ThreadInput = z.input<typeof threadSchema>;
