import { browser } from 'wxt/browser';
import { z } from 'zod';
import { defineSessionItem } from '../settings/local-item';
import { oneAtATime } from '../settings/one-at-a-time';

/**
 * The toolbar button's badge, which two features share: the waiting queue (buyers past half their
 * reply window) and the team pack subscription (an update waits). Each says its part; the badge
 * shows the more urgent one. The parts are kept in storage.session, so a restarted worker that
 * hears from one feature does not wipe what the other said.
 */
const badgeInputsSchema = z.object({
  /** Buyers past 50 % of their client's reply window. */
  waitingPastHalf: z.number().int().min(0).catch(0),
  /** Whether any buyer is past 80 %. */
  waitingRed: z.boolean().catch(false),
  /** A team pack update waits for 应用更新. */
  updatePending: z.boolean().catch(false),
});
export type BadgeInputs = z.infer<typeof badgeInputsSchema>;

const NO_BADGE: BadgeInputs = { waitingPastHalf: 0, waitingRed: false, updatePending: false };

export const BADGE_RED = '#cf1322';
export const BADGE_AMBER = '#d48806';
export const BADGE_UPDATE = '#d46b08';

/**
 * What the badge shows: waiting buyers first (they cannot wait; the count, red once any is past
 * 80 % of their window, else amber), else ↑ for a pending pack update, else nothing.
 */
export function badgeLook(inputs: BadgeInputs): { text: string; color: string | null } {
  if (inputs.waitingPastHalf > 0) {
    return { text: inputs.waitingPastHalf > 99 ? '99+' : String(inputs.waitingPastHalf), color: inputs.waitingRed ? BADGE_RED : BADGE_AMBER };
  }
  if (inputs.updatePending) return { text: '↑', color: BADGE_UPDATE };
  return { text: '', color: null };
}

const inputsItem = defineSessionItem<unknown>('actionBadge', NO_BADGE);
const serially = oneAtATime();

/**
 * One feature's part of the badge changed: the badge is redrawn from every part. Best effort: a
 * browser without badges still shows the queue in the popup and the update on the options page.
 */
export function updateActionBadge(part: Partial<BadgeInputs>): Promise<void> {
  return serially(async () => {
    const parsed = badgeInputsSchema.safeParse(await inputsItem.getValue());
    const before = parsed.success ? parsed.data : NO_BADGE;
    const inputs = { ...before, ...part };
    // The badge lives as long as session storage (both go with the browser session or a reload of
    // the extension), so an unchanged badge needs no redraw: the 30 s tick mostly changes nothing.
    if (parsed.success && JSON.stringify(before) === JSON.stringify(inputs)) return;
    await inputsItem.setValue(inputs);
    const look = badgeLook(inputs);
    const action = browser.action ?? browser.browserAction;
    try {
      await action?.setBadgeText({ text: look.text });
      if (look.color) await action?.setBadgeBackgroundColor({ color: look.color });
    } catch {
      // The badge is a hint; what it counts is stored either way.
    }
  });
}
