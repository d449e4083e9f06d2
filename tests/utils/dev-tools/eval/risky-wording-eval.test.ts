import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkWording } from '../../../../utils/risky-wording/check-wording';
import { defaultCompiledWordingRules } from '../../../../utils/risky-wording/default-rules';
import {
  evaluateCase,
  formatSummaryLine,
  parseWordingEvalFile,
  scoreWordingEval,
  WordingEvalFileError,
} from '../../../../utils/dev-tools/eval/risky-wording-eval';

const fixture = (name: string): string => fileURLToPath(new URL(`../../../fixtures/risky-wording/${name}`, import.meta.url));
const root = fileURLToPath(new URL('../../../../', import.meta.url));

describe('reading an evaluation file', () => {
  it('skips comment and blank lines and keeps the file line numbers', () => {
    const cases = parseWordingEvalFile('# header\nsafe\t好的\n\nrisky:rude\t嗯\n', 'x.tsv');
    expect(cases).toEqual([
      { line: 2, expected: 'safe', draft: '好的' },
      { line: 4, expected: 'rude', draft: '嗯' },
    ]);
  });

  it('names the file and line of a bad label or a missing tab', () => {
    expect(() => parseWordingEvalFile(readFileSync(fixture('bad-label.tsv'), 'utf8'), 'bad-label.tsv')).toThrow(/bad-label\.tsv:3: .*risky:bogus/);
    expect(() => parseWordingEvalFile('safe 好的', 'no-tab.tsv')).toThrow(WordingEvalFileError);
    expect(() => parseWordingEvalFile('safe 好的', 'no-tab.tsv')).toThrow(/no-tab\.tsv:1: /);
  });
});

describe('scoring', () => {
  it('counts flagged drafts, precision, recall and category accuracy over risky lines', () => {
    const rules = defaultCompiledWordingRules();
    const cases = parseWordingEvalFile(readFileSync(fixture('tiny.tsv'), 'utf8'), 'tiny.tsv');
    const score = scoreWordingEval(cases.map((c) => evaluateCase(c, checkWording(rules, c.draft))));
    // flagged: invoice, rude and the WeChat line; the shipping line is a miss
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.categoryAccuracy).toBeCloseTo(2 / 3);
    expect(formatSummaryLine(score)).toBe('precision=0.667 recall=0.667 category_accuracy=0.667 n=5');
  });
});

describe('npm run eval:wording', () => {
  const run = (file: string): { status: number; output: string } => {
    try {
      const output = execFileSync('npx', ['tsx', 'utils/dev-tools/cli/eval-wording.ts', file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      return { status: 0, output };
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      return { status: failed.status, output: `${failed.stdout}${failed.stderr}` };
    }
  };

  it('prints the table and ends with the summary line', () => {
    const { status, output } = run(fixture('tiny.tsv'));
    expect(status).toBe(0);
    expect(output).toContain('category correct');
    const lines = output.trimEnd().split('\n');
    expect(lines[lines.length - 1]).toBe('precision=0.667 recall=0.667 category_accuracy=0.667 n=5');
  }, 60_000);

  it('fails with the file and line of a bad entry', () => {
    const { status, output } = run(fixture('bad-label.tsv'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/bad-label\.tsv:3: /);
  }, 60_000);
});
