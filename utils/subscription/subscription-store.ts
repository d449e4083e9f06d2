import { browser } from 'wxt/browser';
import { defineLocalItem } from '../settings/local-item';
import { EMPTY_SUBSCRIPTION, subscriptionStateSchema, type SubscriptionState } from '../schemas/subscription-state';

/** The policy key IT sets for every agent (public/managed-schema.json declares it). */
export const POLICY_URL_KEY = 'packSubscriptionUrl';

const subscriptionItem = defineLocalItem<unknown>('packSubscription', null);

export interface SubscriptionStore {
  load(): Promise<SubscriptionState>;
  save(state: SubscriptionState): Promise<void>;
  /** The URL set by browser policy, or null (no policy, or a browser without managed storage). */
  policyUrl(): Promise<string | null>;
}

/** A stored value another build wrote in another shape starts over rather than breaking checks. */
export function readSubscriptionState(raw: unknown): SubscriptionState {
  const parsed = subscriptionStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : { ...EMPTY_SUBSCRIPTION };
}

export const subscriptionStore: SubscriptionStore = {
  load: async () => readSubscriptionState(await subscriptionItem.getValue()),
  save: (state) => subscriptionItem.setValue(subscriptionStateSchema.parse(state)),
  async policyUrl() {
    try {
      // Firefox without a policy file, and some Chromium forks, reject instead of answering {}.
      const managed = await browser.storage.managed?.get(POLICY_URL_KEY);
      const value: unknown = managed?.[POLICY_URL_KEY];
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
    } catch {
      return null;
    }
  },
};
