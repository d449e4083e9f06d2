import { browser } from 'wxt/browser';

/**
 * Access to a subscription host that sends no CORS headers. The manifest already lists every https
 * host as an optional host permission (for custom sites); granting one origin lets the worker's
 * fetch through without CORS. Tests hand in a fake.
 */
export interface SubscriptionHostAccess {
  has: (origin: string) => Promise<boolean>;
  /** Must be called straight from a click: the browser asks only during a user gesture. */
  request: (origin: string) => Promise<boolean>;
}

export function hostPattern(origin: string): string {
  return `${origin}/*`;
}

export const browserSubscriptionHostAccess: SubscriptionHostAccess = {
  has: (origin) => browser.permissions.contains({ origins: [hostPattern(origin)] }),
  request: (origin) => browser.permissions.request({ origins: [hostPattern(origin)] }),
};
