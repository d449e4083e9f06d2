import { readFileSync } from 'node:fs';
import { checkDraftFully } from '../../risky-wording/check-draft-fully';
import { bundledDraftModels } from '../eval/bundled-draft-models';
import { defaultCompiledWordingRules } from '../../risky-wording/default-rules';
import {
  evaluateCase,
  formatCategoryTable,
  formatFalseAlarmLine,
  formatSummaryLine,
  parseEverydayFile,
  parseWordingEvalFile,
  scoreWordingEval,
  type WordingEvalOutcome,
} from '../eval/risky-wording-eval';

/**
 * npm run eval:wording -- <file.tsv|file.txt> [--verbose]
 * Checks every draft with the default rules as the worker does (checkDraftFully: traditional
 * characters converted, the tone check) and prints a per-category table; the very last line
 * of all output is the summary `precision=… recall=… category_accuracy=… n=…`.
 */
function main(argv: readonly string[]): number {
  const verbose = argv.includes('--verbose');
  const file = argv.find((arg) => !arg.startsWith('--'));
  if (!file) {
    process.stderr.write('用法 / usage: npm run eval:wording -- <file.tsv|everyday.txt> [--verbose]\n');
    return 2;
  }
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`${file}: 无法读取 / cannot read (${error instanceof Error ? error.message : String(error)})\n`);
    return 2;
  }
  let cases;
  try {
    // A .txt file is everyday replies, all safe: what it measures is the false alarms.
    cases = file.endsWith('.txt') ? parseEverydayFile(content) : parseWordingEvalFile(content, file);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }

  const rules = defaultCompiledWordingRules();
  const models = bundledDraftModels();
  const outcomes: WordingEvalOutcome[] = cases.map((testCase) => evaluateCase(testCase, checkDraftFully(rules, testCase.draft, undefined, models)));
  const score = scoreWordingEval(outcomes);

  const lines: string[] = [];
  if (verbose) {
    for (const outcome of outcomes) {
      const expectedFlag = outcome.testCase.expected !== 'safe';
      const wrong = outcome.flagged !== expectedFlag || (expectedFlag && outcome.predicted !== outcome.testCase.expected);
      if (!wrong) continue;
      const found = outcome.findings.map((f) => `${f.category}/${f.severity}:${f.ruleId}「${f.matchedText}」`).join(' ');
      lines.push(`${file}:${outcome.testCase.line}  expected=${outcome.testCase.expected} got=${outcome.predicted ?? 'safe'}  ${outcome.testCase.draft}  ${found}`);
    }
    lines.push('');
  }
  lines.push(`wording evaluation: ${file}`, formatCategoryTable(score), formatFalseAlarmLine(outcomes), formatSummaryLine(score));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
