import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { LibraryIndex } from '../../engine/library-index';
import { suggest } from '../../engine/suggest';
import { fillPlaceholders, placeholderValuesFor } from '../../placeholders/fill-placeholders';
import { withProductFacts } from '../../placeholders/product-placeholders';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { loadEvalRun } from '../eval/eval-inputs';
import type { IntentEvalCase } from '../eval/intent-eval-file';
import { rate } from '../eval/intent-metrics';
import { fitSummaryLine, readFitCache, scoreReplyFit, type FitLine, type OfferedPhrase } from '../eval/reply-fit';

z.config({ jitless: true });

const USAGE = `usage: npm run eval:fit -- <file.tsv> [--pack <pack.json>] [--jsonl] [--cache <dir>]
  <file.tsv>   intent evaluation file (format: docs/eval-format.md)
  --pack       evaluate this pack alone instead of the default pack
  --jsonl      print one JSON object per line {"line","thread","top":[{"category","topic","text"}]} and nothing else
  --cache      the judgement cache folder (default tests/fixtures/eval/reply-fit)`;

const DEFAULT_CACHE = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'eval', 'reply-fit');

/**
 * Reply fit over an intent evaluation file (docs/quality.md): the first three phrases for each
 * line, scored with the judgement cache; ends with
 * `fit1=… fit3=… holding1=… blank1=… judged=… unjudged_pairs=…` as the very last line.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      pack: { type: 'string' },
      jsonl: { type: 'boolean', default: false },
      cache: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  if (values.help || file === undefined || positionals.length > 1) {
    console.error(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const { cases, pack, index } = await loadEvalRun(file, values.pack);
  const lines = cases.map((evalCase) => fitLineFor(index, evalCase));

  if (values.jsonl) {
    for (const line of lines) {
      console.log(JSON.stringify({ line: line.line, thread: line.thread, top: line.top.map(({ category, topic, text }) => ({ category, topic, text })) }));
    }
    return;
  }

  const report = scoreReplyFit(lines, readFitCache(await readCacheFiles(values.cache ?? DEFAULT_CACHE)));
  console.log(`file: ${file} (${cases.length} lines); pack: ${pack.id} ${pack.version} (${pack.phrases.length} phrases); no usage history`);
  const header = ['category'.padEnd(16), 'n'.padStart(5), 'cat1'.padStart(7), 'cat3'.padStart(7), 'fit1'.padStart(7), 'fit3'.padStart(7), 'hold1'.padStart(7), 'blank1'.padStart(7)];
  console.log(header.join(''));
  for (const [category, counts] of [...report.byCategory, ['all', report.overall] as const]) {
    const cells = [counts.categoryTop1, counts.categoryTop3, counts.fit1, counts.fit3, counts.holding1, counts.blank1].map((hits) => rate(hits, counts.n).padStart(7));
    console.log(`${category.padEnd(16)}${String(counts.n).padStart(5)}${cells.join('')}`);
  }
  if (report.unjudged.length > 0) {
    console.log(`to judge (${report.unjudged.length} pairs, one JSON object each):`);
    for (const pair of report.unjudged) console.log(JSON.stringify(pair));
  }
  console.log(fitSummaryLine(report));
}

function fitLineFor(index: LibraryIndex, evalCase: IntentEvalCase): FitLine {
  // As the worker sends it: the chat's product's facts written in (a `product:` part names it).
  const result = withProductFacts(suggest(index, evalCase.thread, { limit: 3 }));
  const values = placeholderValuesFor({ ...DEFAULT_SETTINGS, agentName: '客服' }, evalCase.thread);
  const top = result.suggestions.slice(0, 3).map((suggestion): OfferedPhrase => {
    return {
      category: suggestion.category,
      // Format-1 phrases have no topic: each stands in its category's general topic.
      topic: suggestion.topic ?? suggestion.category,
      text: suggestion.text,
      blank: fillPlaceholders(suggestion.text, values).unfilled.length > 0,
    };
  });
  return { line: evalCase.line, thread: evalCase.threadText, expected: evalCase.expected, top };
}

async function readCacheFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return files;
  }
  for (const name of names.filter((entry) => entry.endsWith('.jsonl'))) files.set(join(dir, name), await readFile(join(dir, name), 'utf8'));
  return files;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
