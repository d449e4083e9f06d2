import { describe, expect, it } from 'vitest';
import { consoleZhCN } from '../../utils/i18n/messages/console-zh-CN';
import { CHROME_DIR, FIREFOX_DIR, loadBuild, type Build } from './build-output';

/** The JS a page loads: its HTML's scripts and every chunk they import, transitively. */
function loadedScripts(build: Build, page: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !build.files.includes(file)) return;
    seen.add(file);
    for (const [, target] of build.read(file).matchAll(/(?:from|import)\s*["'`]([^"'`]+\.js)["'`]/g)) {
      visit(new URL(target ?? '', `https://x/${file}`).pathname.slice(1));
    }
  };
  for (const [, src] of build.read(page).matchAll(/src="([^"]+\.js)"/g)) visit((src ?? '').replace(/^\//, ''));
  return [...seen];
}

/**
 * The lead's console speaks many words the popup never shows (utils/i18n/messages/console-*.ts):
 * they load with the options page only, so the popup an agent opens forty times a day stays light.
 */
describe.each([
  ['Chrome/Edge', CHROME_DIR],
  ['Firefox', FIREFOX_DIR],
])('the %s build', (_name, dir) => {
  const build = loadBuild(dir);
  const words = Object.values(consoleZhCN).filter((text) => text.length >= 8 && !text.includes('{'));

  it('ships the console’s words with the options page', () => {
    const options = loadedScripts(build, 'options.html').map((file) => build.read(file)).join('\n');
    expect(words.filter((text) => !options.includes(text))).toEqual([]);
  });

  it('keeps them out of the popup', () => {
    const popup = loadedScripts(build, 'popup.html');
    expect(popup.length).toBeGreaterThan(0);
    const code = popup.map((file) => build.read(file)).join('\n');
    expect(words.filter((text) => code.includes(text))).toEqual([]);
  });
});
