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

/**
 * Every `<commit>:<path>` read by one `git cat-file --batch` (one process, not one per version:
 * the cache has hundreds of versions by now); undefined where the path is missing at that commit.
 */
function blobsAt(specs: readonly string[]): (string | undefined)[] {
  const out = execFileSync('git', ['cat-file', '--batch'], { cwd: ROOT, input: specs.map((spec) => `${spec}\n`).join(''), maxBuffer: 1024 * 1024 * 1024 });
  const blobs: (string | undefined)[] = [];
  let at = 0;
  for (let n = 0; n < specs.length; n += 1) {
    const headerEnd = out.indexOf(0x0a, at);
    const header = out.subarray(at, headerEnd).toString('utf8');
    at = headerEnd + 1;
    if (header.endsWith(' missing')) {
      blobs.push(undefined);
      continue;
    }
    const size = Number(header.split(' ')[2]);
    blobs.push(out.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return blobs;
}

const linesOf = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');

describe('the reply-fit judgement cache', () => {
  const files = existsSync(join(ROOT, CACHE)) ? readdirSync(join(ROOT, CACHE)).filter((name) => name.endsWith('.jsonl')) : [];

  it.skipIf(!hasHistory())('keeps every committed verdict line, unchanged and in its place (append-only)', () => {
    const problems: string[] = [];
    const current = new Set(files.map((name) => `${CACHE}/${name}`));
    // One log for the whole folder: each commit's hash, then the cache files it touched.
    const versions: { path: string; commit: string }[] = [];
    let commit = '';
    for (const line of linesOf(git('log', '--format=@%H', '--name-only', '--', CACHE))) {
      if (line.startsWith('@')) commit = line.slice(1);
      else if (current.has(line)) versions.push({ path: line, commit });
    }
    const committed = blobsAt(versions.map(({ commit, path }) => `${commit}:${path}`));
    const nowByPath = new Map<string, string[]>();
    versions.forEach(({ path, commit }, at) => {
      const text = committed[at];
      if (text === undefined) return; // the commit that deleted it: its absence now is caught below
      const now = nowByPath.get(path) ?? linesOf(readFileSync(join(ROOT, path), 'utf8'));
      nowByPath.set(path, now);
      linesOf(text).forEach((line, index) => {
        if (now[index] !== line) problems.push(`${path}:${index + 1} was committed in ${commit.slice(0, 10)} as ${line.slice(0, 80)}… and is now ${now[index]?.slice(0, 80) ?? 'gone'}`);
      });
    });
    for (const path of linesOf(git('log', '--diff-filter=D', '--name-only', '--format=', '--', CACHE))) {
      if (path.endsWith('.jsonl') && !existsSync(join(ROOT, path))) problems.push(`${path} was committed and is gone`);
    }
    expect(problems).toEqual([]);
  });

  it.skipIf(hasHistory())('is checked only with the git history (this clone is shallow)', () => {
    console.warn('[reply-fit cache] shallow clone: the append-only check skipped');
  });
});
