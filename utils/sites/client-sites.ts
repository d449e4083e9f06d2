/**
 * The stock seller clients by adapter id (each adapter's `id`, utils/sites/adapter-registry.ts),
 * for settings that differ per client, such as the shop name an agent answers for there.
 * A plain list, so the options page names the clients without loading their adapters; a test
 * keeps it equal to the registry.
 */
export const CLIENT_SITE_IDS = ['pinduoduo', 'feige', 'kuaishou', 'jd-dongdong', 'qianniu'] as const;
export type ClientSiteId = (typeof CLIENT_SITE_IDS)[number];
