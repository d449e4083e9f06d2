import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Nothing in phrases/ is copied from the development sets: no buyer wording (a phrase's
 * triggers) and no corpus line shares 10 or more consecutive characters with a line of a
 * development set. The sets are kept outside the repository; `EVAL_DIR` names their folder
 * (.ci/run sets it), and without it this test says it skipped.
 */

const ROOT = join(import.meta.dirname, '..', '..');
// resolve, not join: EVAL_DIR may be relative to the repository or absolute.
const EVAL_DIR = process.env.EVAL_DIR ? resolve(ROOT, process.env.EVAL_DIR) : undefined;
const RUN = 10;

/** Every run of RUN characters (code points) in the dev sets' text columns. */
function devRuns(dir: string): Set<string> {
  const runs = new Set<string>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.tsv'))) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (line.startsWith('#') || !line.includes('\t')) continue;
      for (const turn of line.slice(line.indexOf('\t') + 1).split(' || ')) addRuns(turn.replace(/^(agent|system):/, ''), runs);
    }
  }
  return runs;
}

function addRuns(text: string, into: Set<string>): void {
  const chars = Array.from(text.trim());
  for (let start = 0; start + RUN <= chars.length; start++) into.add(chars.slice(start, start + RUN).join(''));
}

/** Buyer wordings and corpus lines under phrases/: every pack's triggers, every corpus line. */
function phrasesLines(): { where: string; text: string }[] {
  const lines: { where: string; text: string }[] = [];
  for (const name of readdirSync(join(ROOT, 'phrases'), { recursive: true, encoding: 'utf8' })) {
    const path = join(ROOT, 'phrases', name);
    if (name.endsWith('.json')) {
      const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
      const phrases = (json as { phrases?: { id: string; triggers?: string[] }[] }).phrases ?? [];
      for (const phrase of phrases) for (const trigger of phrase.triggers ?? []) lines.push({ where: `phrases/${name} ${phrase.id}`, text: trigger });
      // The buyer corpus: [topic, message] pairs.
      const corpus = (json as { lines?: [string, string][] }).lines ?? [];
      corpus.forEach(([, text], at) => lines.push({ where: `phrases/${name} line ${at + 1}`, text }));
    } else if (name.endsWith('.tsv') || name.endsWith('.txt')) {
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (line.trim() !== '' && !line.startsWith('#')) lines.push({ where: `phrases/${name}:${index + 1}`, text: line.slice(line.indexOf('\t') + 1) });
        });
    }
  }
  return lines;
}

describe('phrases/ against the development sets', () => {
  it.skipIf(!EVAL_DIR || !existsSync(EVAL_DIR))('shares no run of 10 characters with a development-set line', () => {
    const runs = devRuns(EVAL_DIR!);
    expect(runs.size).toBeGreaterThan(100);
    const copied = phrasesLines().filter(({ text }) => {
      const own = new Set<string>();
      addRuns(text, own);
      return [...own].some((run) => runs.has(run));
    });
    expect(copied.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });

  it.skipIf(!!EVAL_DIR && existsSync(EVAL_DIR))('needs EVAL_DIR, the development sets’ folder (skipped without it)', () => {
    console.warn('[dev-set overlap] EVAL_DIR not set: skipped');
  });
});
