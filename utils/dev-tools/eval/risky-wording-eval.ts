import { WORDING_CATEGORIES, type WordingCategory, type WordingFinding } from '../../schemas/risky-wording-rule';
import { draftVerdict } from '../../risky-wording/draft-verdict';

/** One line of a wording evaluation file: `risky:<category>` or `safe`, a tab, the agent's draft. */
export interface WordingEvalCase {
  readonly line: number;
  readonly expected: WordingCategory | 'safe';
  readonly draft: string;
}

export class WordingEvalFileError extends Error {
  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'WordingEvalFileError';
  }
}

/** Parses the wording TSV format (docs/eval-format.md, "Wording files"); `#` lines and blank lines are skipped. */
export function parseWordingEvalFile(content: string, file: string): WordingEvalCase[] {
  const cases: WordingEvalCase[] = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const tab = raw.indexOf('\t');
    if (tab === -1) throw new WordingEvalFileError(file, line, `缺少制表符；格式为 "<expected>\\t<draft>"，例如 "risky:invoice\\t不提供发票" / missing tab: expected "<expected>\\t<draft>"`);
    const label = raw.slice(0, tab).trim();
    const draft = raw.slice(tab + 1);
    if (draft.trim() === '') throw new WordingEvalFileError(file, line, '话术为空 / the draft is empty');
    if (label === 'safe') {
      cases.push({ line, expected: 'safe', draft });
      return;
    }
    const category = label.startsWith('risky:') ? label.slice('risky:'.length) : '';
    if (!(WORDING_CATEGORIES as readonly string[]).includes(category)) {
      throw new WordingEvalFileError(
        file,
        line,
        `标签 "${label}" 无效；应为 "safe" 或 "risky:<类别>"，类别为 ${WORDING_CATEGORIES.join(', ')} / invalid label "${label}": use "safe" or "risky:<category>"`,
      );
    }
    cases.push({ line, expected: category as WordingCategory, draft });
  });
  return cases;
}

/**
 * A file of everyday replies (`.txt`, one reply a line, `#` lines are comments): every line is
 * safe, so every one flagged is a false alarm.
 */
export function parseEverydayFile(content: string): WordingEvalCase[] {
  const cases: WordingEvalCase[] = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    cases.push({ line: index + 1, expected: 'safe', draft: raw });
  });
  return cases;
}

/** The share of safe lines flagged: `false_alarms=<k> safe=<n> false_alarm_share=<k/n>`. */
export function formatFalseAlarmLine(outcomes: readonly WordingEvalOutcome[]): string {
  const safe = outcomes.filter((o) => o.testCase.expected === 'safe');
  const alarms = safe.filter((o) => o.flagged).length;
  return `false_alarms=${alarms} safe=${safe.length} false_alarm_share=${(safe.length === 0 ? 0 : alarms / safe.length).toFixed(4)}`;
}

export interface CategoryRow {
  readonly label: WordingCategory | 'safe';
  readonly n: number;
  readonly flagged: number;
  /** Drafts whose predicted category (most severe finding) equals the expected one; risky rows only. */
  readonly categoryCorrect: number;
}

export interface WordingEvalOutcome {
  readonly testCase: WordingEvalCase;
  readonly findings: readonly WordingFinding[];
  readonly flagged: boolean;
  readonly predicted: WordingCategory | null;
}

export interface WordingEvalScore {
  readonly rows: readonly CategoryRow[];
  readonly precision: number;
  readonly recall: number;
  /** Over all risky lines: predicted category equals the expected one (an unflagged line counts as wrong). */
  readonly categoryAccuracy: number;
  readonly n: number;
}

export function scoreWordingEval(outcomes: readonly WordingEvalOutcome[]): WordingEvalScore {
  const labels: (WordingCategory | 'safe')[] = [...WORDING_CATEGORIES, 'safe'];
  const rows = labels.map((label) => {
    const mine = outcomes.filter((o) => o.testCase.expected === label);
    return {
      label,
      n: mine.length,
      flagged: mine.filter((o) => o.flagged).length,
      categoryCorrect: label === 'safe' ? 0 : mine.filter((o) => o.predicted === label).length,
    };
  });
  const risky = outcomes.filter((o) => o.testCase.expected !== 'safe');
  const flagged = outcomes.filter((o) => o.flagged);
  const truePositives = flagged.filter((o) => o.testCase.expected !== 'safe').length;
  return {
    rows,
    precision: flagged.length === 0 ? 0 : truePositives / flagged.length,
    recall: risky.length === 0 ? 0 : truePositives / risky.length,
    categoryAccuracy: risky.length === 0 ? 0 : risky.filter((o) => o.predicted === o.testCase.expected).length / risky.length,
    n: outcomes.length,
  };
}

export function evaluateCase(testCase: WordingEvalCase, findings: readonly WordingFinding[]): WordingEvalOutcome {
  const verdict = draftVerdict(findings);
  return { testCase, findings, flagged: verdict.flagged, predicted: verdict.category };
}

export function formatSummaryLine(score: WordingEvalScore): string {
  return `precision=${score.precision.toFixed(3)} recall=${score.recall.toFixed(3)} category_accuracy=${score.categoryAccuracy.toFixed(3)} n=${score.n}`;
}

export function formatCategoryTable(score: WordingEvalScore): string {
  const header = ['expected', 'n', 'flagged', 'category correct'];
  const body = score.rows.map((row) => [row.label, String(row.n), String(row.flagged), row.label === 'safe' ? '-' : String(row.categoryCorrect)]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((row) => (row[column] ?? '').length)));
  const render = (cells: readonly string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [
    'flagged = at least one finding of any severity; category = that of the most severe finding (the first on a tie)',
    'category correct / category_accuracy: risky lines whose category is the expected one, over all risky lines (unflagged counts as wrong)',
    'precision = flagged risky / all flagged; recall = flagged risky / all risky',
    render(header),
    render(widths.map((width) => '-'.repeat(width))),
    ...body.map(render),
  ].join('\n');
}
