import { z } from 'zod';

/** Robot replies in the seller clients count as `agent`. */
export const messageRoleSchema = z.enum(['buyer', 'agent', 'system']);
export type MessageRole = z.infer<typeof messageRoleSchema>;

export const threadMessageSchema = z.object({
  role: messageRoleSchema,
  text: z.string().max(5000),
  /** The page's own id for the message when it has one; used to suppress duplicates. */
  id: z.string().max(200).optional(),
});
export type ThreadMessage = z.infer<typeof threadMessageSchema>;

export const buyerSchema = z.object({
  id: z.string().max(200).optional(),
  nickname: z.string().max(200).optional(),
});

/** The open conversation as a site adapter read it, earliest message first. */
export const threadSchema = z.object({
  site: z.string().max(40).default('generic'),
  conversationId: z.string().max(200).optional(),
  buyer: buyerSchema.optional(),
  messages: z.array(threadMessageSchema).max(400),
});
export type Thread = z.infer<typeof threadSchema>;
export type ThreadInput = z.input<typeof threadSchema>;
