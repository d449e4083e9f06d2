import type { BrowserContext } from 'playwright-core';

/**
 * Refuses every http(s) request no fixture answers, and remembers it: the extension must never
 * reach the network, and a test machine may have none. Register before the fixture routes (the
 * route registered last wins). Requests made by the service worker itself are not seen here
 * (a Playwright limit; tests/e2e/support/network-recorder.ts records them through CDP), only those of
 * pages and their content scripts.
 */
export async function refuseUnroutedNetwork(context: BrowserContext): Promise<string[]> {
  const refused: string[] = [];
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => {
      refused.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );
  return refused;
}
