/**
 * How 仍然发送 gets a stopped draft sent. By default the guard clicks the page's own send button
 * (the page then sends exactly as if the agent had). Some clients only send on a trusted event
 * from a real key or mouse and silently ignore a script's click; there the guard says so and the
 * agent presses 发送 (or Enter) once more, which the guard then lets through.
 */
export type ResendMode = 'click' | 'by-hand';

/** Site adapter ids whose page ignores synthetic sends, one per line with the reason. */
const SITES_THAT_IGNORE_SYNTHETIC_SENDS = new Set<string>([
  'pinduoduo', // 拼多多 商家客服 (Vue 2): 发送 and Enter act only on trusted events (docs/selectors.md, "1. 拼多多 商家客服")
]);

export function resendModeFor(siteId: string): ResendMode {
  return SITES_THAT_IGNORE_SYNTHETIC_SENDS.has(siteId) ? 'by-hand' : 'click';
}
