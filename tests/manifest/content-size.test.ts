import { describe, expect, it } from 'vitest';
import { contentScriptKilobytes } from '../../utils/dev-tools/bench/browser/content-script-size';
import { PERFORMANCE_TARGETS } from '../../utils/dev-tools/bench/targets';
import { CHROME_DIR, FIREFOX_DIR, loadBuild } from './build-output';

const BUDGET_KB = PERFORMANCE_TARGETS.content_kb.limit;

/**
 * Every chat page loads the content script before anything else of ours runs, so it is held to
 * a budget (the same figure `npm run bench:browser` reports as content_kb): heavy models and
 * tables belong in the worker, and page code must fit beside what is there.
 */
describe.each([
  ['Chrome/Edge', CHROME_DIR],
  ['Firefox', FIREFOX_DIR],
])('the %s build’s content script', (_name, dir) => {
  it(`loads light: at most ${BUDGET_KB} KB of JS and CSS on every chat page`, async () => {
    const build = loadBuild(dir);
    const files = [...new Set(build.manifest.content_scripts?.flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]) ?? [])];
    expect(files).toContain('content-scripts/content.js');

    const kilobytes = await contentScriptKilobytes(dir);
    expect(
      kilobytes,
      `the content script (${files.join(', ')}) is ${kilobytes.toFixed(1)} KB, over its budget of ${BUDGET_KB} KB ` +
        `(PERFORMANCE_TARGETS.content_kb, utils/dev-tools/bench/targets.ts): keep page code light, run heavy work in the worker`,
    ).toBeLessThanOrEqual(BUDGET_KB);
  });
});
