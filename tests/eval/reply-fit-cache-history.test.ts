import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The reply-fit judgement cache only grows: a verdict, once committed, is never changed or
 * dropped, so a figure logged in docs/quality.md can be reproduced at any later commit. Read from
 * the files' git history; a shallow clone has no history and says it skipped.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const CACHE = 'tests/fixtures/eval/reply-fit';

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

function hasHistory(): boolean {
  try {
    return git('rev-parse', '--is-shallow-repository').trim() === 'false';
  } catch {
    return false;
  }
}

const linesOf = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');

describe('the reply-fit judgement cache', () => {
  const files = existsSync(join(ROOT, CACHE)) ? readdirSync(join(ROOT, CACHE)).filter((name) => name.endsWith('.jsonl')) : [];

  it.skipIf(!hasHistory())('keeps every committed verdict line, unchanged and in its place (append-only)', () => {
    const problems: string[] = [];
    for (const name of files) {
      const path = `${CACHE}/${name}`;
      const now = linesOf(readFileSync(join(ROOT, path), 'utf8'));
      for (const commit of linesOf(git('log', '--format=%H', '--', path))) {
        let then: string[];
        try {
          then = linesOf(git('show', `${commit}:${path}`));
        } catch {
          continue; // the commit that deleted it: its absence now is caught below
        }
        then.forEach((line, index) => {
          if (now[index] !== line) problems.push(`${path}:${index + 1} was committed in ${commit.slice(0, 10)} as ${line.slice(0, 80)}… and is now ${now[index]?.slice(0, 80) ?? 'gone'}`);
        });
      }
    }
    for (const path of linesOf(git('log', '--diff-filter=D', '--name-only', '--format=', '--', CACHE))) {
      if (path.endsWith('.jsonl') && !existsSync(join(ROOT, path))) problems.push(`${path} was committed and is gone`);
    }
    expect(problems).toEqual([]);
  });

  it.skipIf(hasHistory())('is checked only with the git history (this clone is shallow)', () => {
    console.warn('[reply-fit cache] shallow clone: the append-only check skipped');
  });
});
