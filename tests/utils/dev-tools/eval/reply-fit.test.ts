import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FitCacheError, fitSummaryLine, readFitCache, scoreReplyFit, type FitLine } from '../../../../utils/dev-tools/eval/reply-fit';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

const verdict = (thread: string, text: string, acceptable: boolean, holding = false): string =>
  JSON.stringify({ thread, text, acceptable, holding, reason: acceptable ? 'answers' : 'does not answer' });

const offered = (category: string, text: string, blank = false) => ({ category, topic: category, text, blank });

describe('scoring reply fit against the judgement cache', () => {
  const cache = readFitCache(
    new Map([
      [
        'a.jsonl',
        [
          verdict('几天到', '亲，一般发货后2-4天送达', true),
          verdict('几天到', '我帮您查一下物流', false, true),
          verdict('到哪了', '我帮您查一下物流', true, true),
        ].join('\n'),
      ],
      // A later file judging the same pair again does not overrule the first verdict.
      ['b.jsonl', verdict('几天到', '亲，一般发货后2-4天送达', false)],
    ]),
  );
  const lines: FitLine[] = [
    { line: 1, thread: '几天到', expected: ['shipping'], top: [offered('shipping', '亲，一般发货后2-4天送达'), offered('shipping', '我帮您查一下物流')] },
    { line: 2, thread: '到哪了', expected: ['shipping'], top: [offered('shipping', '我帮您查一下物流'), offered('after-sales', '亲，{订单号}已经登记', true)] },
    { line: 3, thread: '开发票', expected: ['invoice'], top: [offered('shipping', '亲，{日期}发货', true), offered('invoice', '亲，可以开的')] },
  ];

  it('counts first and any-of-three fits, holding replies and blanks, and lists the pairs nobody judged', () => {
    const report = scoreReplyFit(lines, cache);
    expect(report.overall).toEqual({ n: 3, categoryTop1: 2, categoryTop3: 3, fit1: 2, fit3: 2, holding1: 1, blank1: 1 });
    expect(report.byCategory.get('invoice')).toMatchObject({ n: 1, categoryTop1: 0, categoryTop3: 1, fit1: 0 });
    expect(report.unjudged).toEqual([
      { thread: '到哪了', text: '亲，{订单号}已经登记' },
      { thread: '开发票', text: '亲，{日期}发货' },
      { thread: '开发票', text: '亲，可以开的' },
    ]);
    expect(fitSummaryLine(report)).toBe('fit1=0.667 fit3=0.667 holding1=0.333 blank1=0.333 judged=3 unjudged_pairs=3');
  });

  it('names the file and line of a malformed verdict', () => {
    expect(() => readFitCache(new Map([['c.jsonl', `${verdict('a', 'b', true)}\n{"thread":"a","text":"c","acceptable":"yes"}`]]))).toThrow(FitCacheError);
    expect(() => readFitCache(new Map([['c.jsonl', 'not json']]))).toThrow(/c\.jsonl:1: not a JSON object/);
  });
});

/** Runs the command as `npm run eval:fit -- …` does. */
function evalFit(...args: string[]): { status: number | null; lines: string[] } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'utils/dev-tools/cli/eval-fit.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, lines: `${run.stdout}${run.stderr}`.trimEnd().split('\n') };
}

describe('npm run eval:fit', () => {
  it('prints one stable JSON object per line with --jsonl, and nothing else', () => {
    const { status, lines } = evalFit('tests/fixtures/engine/intent-sample.tsv', '--jsonl');
    expect(status).toBe(0);
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      const json = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(json)).toEqual(['line', 'thread', 'top']);
      for (const top of json.top as Record<string, unknown>[]) expect(Object.keys(top)).toEqual(['category', 'topic', 'text']);
    }
    expect(JSON.parse(lines[0]!)).toMatchObject({ line: 2, thread: '在吗' });
  });

  it('scores with a judgement cache, lists what is left to judge, and ends with the summary line', () => {
    const { status, lines } = evalFit('tests/fixtures/engine/intent-sample.tsv', '--cache', 'tests/fixtures/eval/reply-fit-sample');
    expect(status).toBe(0);
    expect(lines.some((line) => /^to judge \(13 pairs/.test(line))).toBe(true);
    expect(lines.at(-1)).toMatch(/^fit1=0\.400 fit3=0\.400 holding1=0\.000 blank1=0\.\d{3} judged=2 unjudged_pairs=13$/);
  });
});
