import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * The tests of the components a chat page's content script renders, once more on the runtime
 * it renders them with: the content script's build resolves React to preact/compat
 * (wxt.config.ts), so these resolve it the same way. The popup and the demo page keep React.
 */
const PAGE_UI_TESTS = [
  'tests/components/page-bar/**/*.test.tsx',
  'tests/components/send-guard/SendGuardPanel.test.tsx',
  'tests/components/shortcut-picker/**/*.test.tsx',
];
const ON_PREACT = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^@testing-library\/react$/, replacement: fileURLToPath(new URL('tests/components/testing-library-on-preact.ts', import.meta.url)) },
];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // The worker reads the default pack and the corpora from its package; this serves them.
    setupFiles: ['tests/setup/serve-packaged-data.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        resolve: { alias: ON_PREACT },
        test: {
          name: 'page UI on Preact',
          include: PAGE_UI_TESTS,
          environment: 'node',
        },
      },
    ],
  },
});
