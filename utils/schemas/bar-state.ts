import { z } from 'zod/mini';

/**
 * How the agent left the in-page suggestion bar on one seller client: folded or open, and where
 * they dragged it. The offset is relative to where the bar docks by the chat input, so a moved
 * bar still follows the input when the window is resized.
 */
export const barOffsetSchema = z.object({
  dx: z.number().check(z.gte(-10_000), z.lte(10_000)),
  dy: z.number().check(z.gte(-10_000), z.lte(10_000)),
});
export type BarOffset = z.infer<typeof barOffsetSchema>;

export const barStateSchema = z.object({
  collapsed: z._default(z.boolean(), false),
  offset: z._default(barOffsetSchema, { dx: 0, dy: 0 }),
});
export type BarState = z.infer<typeof barStateSchema>;

export const DEFAULT_BAR_STATE: BarState = Object.freeze(barStateSchema.parse({}));

/** A site's key: the page's host name, e.g. "mms.pinduoduo.com". */
export const barSiteSchema = z.string().check(
  z.minLength(1),
  z.maxLength(253),
  z.regex(/^[a-z0-9.-]+$/, {
    error: '站点必须是主机名，例如 "mms.pinduoduo.com" / the site must be a host name, e.g. "mms.pinduoduo.com"',
  }),
);
