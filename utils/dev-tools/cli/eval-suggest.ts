import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { LibraryIndex } from '../../engine/library-index';
import { suggest } from '../../engine/suggest';
import { loadEvalRun } from '../eval/eval-inputs';
import type { IntentEvalCase } from '../eval/intent-eval-file';
import { isHitAt, rate, scoreIntentLines, summaryLine, type ScoredLine } from '../eval/intent-metrics';

z.config({ jitless: true });

const USAGE = `usage: npm run eval:suggest -- <file.tsv> [--pack <pack.json>] [--misses]
  <file.tsv>   intent evaluation file (format: docs/eval-format.md)
  --pack       evaluate this pack instead of the default pack
  --misses     also list every line whose first suggestion is wrong`;

/**
 * Runs the suggestion engine over an intent evaluation file with the default pack and no
 * usage history, prints a table per expected category, and ends with the summary line
 * `top1=… top3=… n=…` as the very last line of all output.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { pack: { type: 'string' }, misses: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  const file = positionals[0];
  if (values.help || file === undefined || positionals.length > 1) {
    console.error(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }

  const { cases, pack, index } = await loadEvalRun(file, values.pack);
  const lines = cases.map((evalCase) => ({ evalCase, scored: scoreCase(index, evalCase) }));

  if (values.misses) printMisses(lines);
  const metrics = scoreIntentLines(lines.map((line) => line.scored));
  console.log(`file: ${file} (${cases.length} lines); pack: ${pack.id} ${pack.version} (${pack.phrases.length} phrases); no usage history`);
  console.log(`${'category'.padEnd(16)}${'n'.padStart(5)}${'top1'.padStart(8)}${'top3'.padStart(8)}`);
  for (const [category, counts] of metrics.byCategory) {
    console.log(`${category.padEnd(16)}${String(counts.n).padStart(5)}${rate(counts.top1, counts.n).padStart(8)}${rate(counts.top3, counts.n).padStart(8)}`);
  }
  console.log(summaryLine(metrics.overall));
}

function scoreCase(index: LibraryIndex, evalCase: IntentEvalCase): ScoredLine {
  const result = suggest(index, evalCase.thread, { limit: 5 });
  return { expected: evalCase.expected, predicted: result.suggestions.map((suggestion) => suggestion.category) };
}

function printMisses(lines: readonly { evalCase: IntentEvalCase; scored: ScoredLine }[]): void {
  for (const { evalCase, scored } of lines) {
    if (isHitAt(scored, 1)) continue;
    const turns = evalCase.thread.messages.map((message) => (message.role === 'buyer' ? message.text : `${message.role}:${message.text}`));
    const mark = isHitAt(scored, 3) ? 'top3' : 'MISS';
    console.log(`${mark} line ${evalCase.line}: expected ${evalCase.expected.join('|')} got ${scored.predicted.slice(0, 3).join(',') || '(none)'} — ${turns.join(' || ')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
