import { defineConfig } from 'wxt';

// Auto-imports are off so every file's imports show the architecture (DEVELOPERS.md, Style).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // Lets parallel checkouts build side by side; the shipped build is always .output/.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Only `storage` is needed: the library lives in the extension's own IndexedDB, settings in
    // storage.local. Content scripts reach the five clients through their `matches` alone.
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandOpenPopup__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'huashu-zhushou@huashu.local',
              strict_min_version: '128.0',
            },
          },
        }
      : {}),
  }),
});
