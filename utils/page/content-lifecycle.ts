import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How soon an orphaned content script notices, when nothing else touches the extension. */
const CHECK_EVERY_MS = 2000;

/**
 * After the extension is updated or removed, Chrome tells the old content script nothing; its
 * next extension call just throws. WXT's ctx invalidates itself (running every onInvalidated
 * clean-up: the bar, listeners, observers) when one of its timers finds `runtime.id` gone, so a
 * tick with nothing to do is enough for an idle page to clean up within seconds.
 */
export function noticeInvalidation(ctx: ContentScriptContext): void {
  ctx.setInterval(() => undefined, CHECK_EVERY_MS);
}
