import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension (.output/chrome-mv3, or $EXTENSION_DIR) in Debian's
// Chromium, and the Firefox build (.output/firefox-mv2) in Debian's Firefox ESR for
// firefox-smoke.test.ts; one browser at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // One retry absorbs a stall of the shared 2-core CI machine; a real failure fails twice.
    retry: 1,
    // A poll waits on the extension's worker, which a loaded 2-core machine can hold up for more
    // than vitest's default second; a behaviour that never arrives still fails, after 10 s.
    expect: { poll: { timeout: 10_000 } },
  },
});
