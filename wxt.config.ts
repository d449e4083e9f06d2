import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { INSERT_FIRST_SUGGESTION_COMMAND, OPEN_LONGEST_WAITING_COMMAND } from './utils/schemas/command-names';
import { SHIPPED_DATA_FILES, shippedDataPath } from './utils/shipped-data/shipped-data-files';

/** React's entry points as the page UI imports them, resolved to Preact's compatibility layer. */
const PAGE_UI_ON_PREACT = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
];

type Alias = { find: string | RegExp; replacement: string };

function aliasList(alias: readonly Alias[] | Readonly<Record<string, string>> | undefined): Alias[] {
  if (!alias) return [];
  return Array.isArray(alias) ? [...(alias as readonly Alias[])] : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}

// Auto-imports are off so every file's imports show the architecture.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  hooks: {
    // The default pack and the corpora ship as files of the package (data/), minified, and the
    // worker fetches them when it needs them (utils/shipped-data/): bundled, every cold start of
    // the worker would parse them before answering a buyer's message.
    'build:publicAssets'(_wxt, files) {
      for (const file of SHIPPED_DATA_FILES) {
        const contents = JSON.stringify(JSON.parse(readFileSync(new URL(`phrases/${file}`, import.meta.url), 'utf8')));
        files.push({ relativeDest: shippedDataPath(file).slice(1), contents });
      }
    },
    // So `browser.runtime.getURL` accepts their paths (.wxt/types/paths.d.ts).
    'prepare:publicPaths'(_wxt, paths) {
      for (const file of SHIPPED_DATA_FILES) paths.push(shippedDataPath(file));
    },
    // The content script's UI (bar, send guard, picker) runs on Preact: React's runtime was a
    // third of the script every chat page loads. The components stay the ones the popup and the
    // demo page render with React 19; only this build resolves React to preact/compat (so do
    // their tests in vitest.config.ts's 'page UI on Preact' project).
    'vite:build:extendConfig'(entrypoints, config) {
      if (entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) {
        config.resolve = { ...config.resolve, alias: [...PAGE_UI_ON_PREACT, ...aliasList(config.resolve?.alias)] };
      }
    },
  },
  // Lets parallel checkouts build side by side; the shipped build is always .output/.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // The sources zip AMO asks for (`npm run zip`): what `npm ci && npm run build` needs, not the
  // tests or the screenshots.
  zip: { excludeSources: ['tests/**', 'docs/screenshots/**', 'docs/store/screenshots/**', 'stats.html'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Only `storage` is needed: the library lives in the extension's own IndexedDB, settings in
    // storage.local. Content scripts reach the five clients through their `matches` alone.
    // `alarms`: the hourly check of the team pack subscription (utils/subscription/), which
    // needs no host permission because the pack's host must send CORS headers; and the waiting
    // queue's 30-second tick that keeps the badge's count right while buyers wait
    // (utils/worker/waiting-queue-service.ts). The queue itself is in storage.session (`storage`);
    // bringing up a buyer's tab and window (tabs.update, windows.update) needs no `tabs` permission.
    permissions: ['storage', 'alarms', 'scripting'],
    // Custom sites (utils/custom-sites/): `scripting` registers the content script at runtime for
    // a site the team lead added; host access to it is asked for then, one site at a time, from
    // the options page (nothing is granted at install). Firefox MV2 has no optional host
    // permissions: there they go into `optional_permissions` (WXT drops the MV3 key for MV2).
    ...(manifestVersion === 2 ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    // Scripts only from the package itself: no remote code, no eval, no plugins, no <base> tricks.
    // tests/manifest/ holds the built manifest to exactly this (MV2 Firefox gets the same string).
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
    action: { default_title: '__MSG_extName__' },
    commands: {
      // Manifest V2 (the Firefox build) names the toolbar button's command differently.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandOpenPopup__',
      },
      // Puts the first suggestion for the open conversation into the reply box (utils/worker/listen-for-commands.ts).
      // Alt+Shift+J: J sits beside H, so both commands are one hand's reach. Not Alt+digit
      // (Chromium on Linux leaves those unassigned, docs/design-notes.md "Keyboard traps"); Chrome reserves
      // Alt+Shift+I/T/B/A and Firefox has no Alt+Shift+letter shortcut of its own.
      [INSERT_FIRST_SUGGESTION_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandInsertFirstSuggestion__',
      },
      // Brings up the tab and window of the buyer who has waited longest and opens that
      // conversation (utils/worker/listen-for-commands.ts; the waiting queue). Q for the queue:
      // Chromium leaves Alt+Shift+W unassigned (docs/design-notes.md "Keyboard traps"), so not the
      // page's own Alt+W plus Shift. Chrome allows four suggested keys; this is the third.
      [OPEN_LONGEST_WAITING_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_commandOpenLongestWaiting__',
      },
    },
    // IT sets the team pack's subscription URL for every agent by policy (Chrome/Edge managed
    // storage); Firefox reads policies without a manifest schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'huashu-zhushou@huashu.local',
              // 140 (the ESR) is the first to read the data-collection declaration below.
              strict_min_version: '140.0',
              // Firefox's built-in data consent: this add-on collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
