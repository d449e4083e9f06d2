import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_DATA_FILES, shippedDataPath } from '../../utils/shipped-data/shipped-data-files';
import { CHROME_DIR, FIREFOX_DIR, loadBuild } from './build-output';

/**
 * Every Chinese text in a data file's JSON at least `min` characters long (its phrases, its
 * corpus lines — not ids and topic names, which the code names too): what to look for in the
 * worker's script.
 */
function longTexts(value: unknown, min: number, found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.length >= min && /\p{Script=Han}/u.test(value)) found.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) longTexts(item, min, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) longTexts(item, min, found);
  }
  return found;
}

/**
 * The default pack and the corpora ship as files of the package (utils/shipped-data/): the
 * worker fetches them when it seeds, builds or trains, and a cold start parses none of them.
 */
describe.each([
  ['Chrome/Edge', loadBuild(CHROME_DIR)],
  ['Firefox', loadBuild(FIREFOX_DIR)],
])('the %s build’s shipped data', (_name, build) => {
  const worker = build.read('background.js');

  it.each(SHIPPED_DATA_FILES)('holds %s as phrases/ has it, minified', (file) => {
    const shipped = build.read(shippedDataPath(file).slice(1));
    const source: unknown = JSON.parse(readFileSync(`phrases/${file}`, 'utf8'));
    expect(JSON.parse(shipped)).toEqual(source);
    expect(shipped).toBe(JSON.stringify(source));
  });

  it.each(SHIPPED_DATA_FILES)('keeps %s out of the worker’s script', (file) => {
    const texts = longTexts(JSON.parse(readFileSync(`phrases/${file}`, 'utf8')), 12);
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((text) => worker.includes(text))).toEqual([]);
  });
});
