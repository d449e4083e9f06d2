import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const fixture = (name: string): string => `tests/fixtures/engine/${name}`;

/** Runs the command as `npm run eval:suggest -- …` does, and returns its combined output. */
function evalSuggest(...args: string[]): { status: number | null; lines: string[] } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'utils/dev-tools/cli/eval-suggest.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const output = `${run.stdout}${run.stderr}`.trimEnd();
  return { status: run.status, lines: output.split('\n') };
}

describe('npm run eval:suggest', () => {
  it('scores the default pack and ends with the summary line', () => {
    const { status, lines } = evalSuggest(fixture('intent-sample.tsv'));
    expect(status).toBe(0);
    expect(lines.at(-1)).toMatch(/^top1=\d\.\d{3} top3=\d\.\d{3} n=5$/);
    expect(lines.some((line) => /^category\s+n\s+top1\s+top3$/.test(line))).toBe(true);
    expect(lines.some((line) => /^invoice\s+1\s+\d\.\d{3}\s+\d\.\d{3}$/.test(line))).toBe(true);
  });

  it('scores another pack with --pack, and lists wrong first answers with --misses', () => {
    const { status, lines } = evalSuggest(fixture('intent-sample.tsv'), '--pack', fixture('mini-pack.json'), '--misses');
    expect(status).toBe(0);
    expect(lines.some((line) => line.includes('pack: mini-zh 1.0.0'))).toBe(true);
    expect(lines.at(-1)).toBe('top1=1.000 top3=1.000 n=5');
  });

  it('names the file when it cannot be read', () => {
    const { status, lines } = evalSuggest('tests/fixtures/engine/no-such-file.tsv');
    expect(status).toBe(1);
    expect(lines.at(-1)).toBe('tests/fixtures/engine/no-such-file.tsv: cannot read the file (ENOENT)');
  });

  it('names the file and line of a malformed line', () => {
    const { status, lines } = evalSuggest(fixture('intent-malformed.tsv'));
    expect(status).toBe(1);
    expect(lines.at(-1)).toMatch(/^tests\/fixtures\/engine\/intent-malformed\.tsv:3: no tab between expected ids and thread/);
  });

  it('explains its usage when no file is given', () => {
    const { status, lines } = evalSuggest();
    expect(status).toBe(2);
    expect(lines[0]).toMatch(/^usage: npm run eval:suggest -- <file\.tsv>/);
  });
});
