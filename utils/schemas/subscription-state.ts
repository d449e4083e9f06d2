import { z } from 'zod';
import { packSchema } from './pack';

/**
 * A team pack subscription: the lead hosts the pack file at a fixed https URL, every agent's
 * extension checks it now and then. Only the URL, the server's validators and the last
 * result are kept; the pack itself only while it waits for the agent's confirmation.
 */
export const subscriptionUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    error: '订阅地址必须是 https 网址，例如 "https://cdn.example.com/team-pack.json" / the subscription URL must be https, e.g. "https://cdn.example.com/team-pack.json"',
  });

export const SUBSCRIPTION_STATUSES = ['never', 'unchanged', 'pending', 'applied', 'up-to-date', 'error'] as const;

/** What the agent sees before applying: the counts the preview would write. */
export const pendingSummarySchema = z.object({
  packName: z.string(),
  version: z.string(),
  installedVersion: z.string().nullable(),
  added: z.number().int(),
  changed: z.number().int(),
  removed: z.number().int(),
  /** Why it cannot be applied (an older version, a reserved id), when it cannot. */
  refusal: z.string().nullable(),
});
export type PendingSummary = z.infer<typeof pendingSummarySchema>;

export const subscriptionStateSchema = z.object({
  /** What the agent typed; the policy URL, when IT set one, wins over it. */
  userUrl: z.string().max(2000).nullable(),
  /** Apply a changed pack without asking (the lead's choice for the team). */
  autoApply: z.boolean(),
  /** The URL the validators below belong to: a new URL starts over. */
  checkedUrl: z.string().max(2000).nullable(),
  etag: z.string().max(500).nullable(),
  lastModified: z.string().max(200).nullable(),
  lastCheckedAt: z.number().nullable(),
  status: z.enum(SUBSCRIPTION_STATUSES),
  message: z.string().max(4000).nullable(),
  pending: z.object({ summary: pendingSummarySchema, pack: packSchema }).nullable(),
});
export type SubscriptionState = z.infer<typeof subscriptionStateSchema>;

export const EMPTY_SUBSCRIPTION: SubscriptionState = Object.freeze({
  userUrl: null,
  autoApply: false,
  checkedUrl: null,
  etag: null,
  lastModified: null,
  lastCheckedAt: null,
  status: 'never',
  message: null,
  pending: null,
});

/** What the options page shows: the state without the pack, plus which URL is in force and from where. */
export const subscriptionViewSchema = subscriptionStateSchema.omit({ pending: true }).extend({
  url: z.string().nullable(),
  urlFromPolicy: z.boolean(),
  pending: pendingSummarySchema.nullable(),
});
export type SubscriptionView = z.infer<typeof subscriptionViewSchema>;
