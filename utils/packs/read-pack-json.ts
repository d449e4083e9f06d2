import type { z } from 'zod';
import { packSchema, type Pack } from '../schemas/pack';
import { ImportFailure, type ImportProblem } from './import-problem';
import { zodIssueProblems } from './zod-problems';

export interface JsonPackImport {
  pack: Pack;
  /** Phrases left out because they do not fit the format (the rest of the pack is fine). */
  invalid: ImportProblem[];
  notices: string[];
}

/**
 * Pack file readers by format number. Formats 2 to 4 only add fields (topics, a phrase's topic
 * and requires; products, a phrase's products and holding; siteOverrides), so one schema reads them all and
 * files written for format 1 import unchanged; a
 * format that changes meaning adds its reader here with a step from the one before.
 */
const PACK_FORMAT_READERS: Readonly<Record<number, (raw: Record<string, unknown>) => z.ZodSafeParseResult<Pack>>> = Object.freeze({
  1: (raw) => packSchema.safeParse(raw),
  2: (raw) => packSchema.safeParse(raw),
  3: (raw) => packSchema.safeParse(raw),
  4: (raw) => packSchema.safeParse(raw),
});
const NEWEST_FORMAT = Math.max(...Object.keys(PACK_FORMAT_READERS).map(Number));

/**
 * Reads a JSON pack file. Problems with the pack as a whole (its id, version, format, rules)
 * throw ImportFailure naming each; a phrase that does not fit is left out and listed, like a
 * bad spreadsheet row, so the lead can decide whether to import the rest.
 */
export function readPackJson(text: string): JsonPackImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new ImportFailure([
      { reason: `不是有效的 JSON（${error instanceof Error ? error.message : String(error)}） / not valid JSON`, example: '{"format": 1, "id": "tea-shop", …}' },
    ]);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ImportFailure([{ reason: '话术包应是一个 JSON 对象 / a pack is a JSON object', example: '{"format": 1, "id": "tea-shop", …}' }]);
  }
  const record = raw as Record<string, unknown>;
  const reader = readerFor(record['format']);
  const first = reader(record);
  if (first.success) return { pack: first.data, invalid: [], notices: [] };
  if (!Array.isArray(record['phrases'])) throw new ImportFailure(zodIssueProblems(first.error.issues));

  // Leave out the phrases the issues point at and read again; a second round may find what
  // only shows once the rest parses (duplicate ids, undeclared categories).
  let remaining: { index: number; phrase: unknown }[] = record['phrases'].map((phrase: unknown, index) => ({ index, phrase }));
  const invalid: ImportProblem[] = [];
  let result: z.ZodSafeParseResult<Pack> = first;
  for (let round = 0; round < 3 && !result.success; round++) {
    const bad = badPhraseIndexes(result.error.issues);
    if (bad === undefined) break;
    const current = remaining;
    invalid.push(...zodIssueProblems(result.error.issues.map((issue) => withOriginalIndex(issue, current))));
    const badIds = new Set(current.flatMap(({ phrase }, at) => (bad.has(at) && isIdHolder(phrase) ? [phrase.id] : [])));
    remaining = current.filter((_, at) => !bad.has(at));
    result = reader({ ...record, phrases: remaining.map(({ phrase }) => phrase), locked: withoutLockedPhrases(record['locked'], badIds) });
  }
  if (!result.success) {
    const current = remaining;
    throw new ImportFailure([...invalid, ...zodIssueProblems(result.error.issues.map((issue) => withOriginalIndex(issue, current)))]);
  }
  return { pack: result.data, invalid, notices: [] };
}

/** Issues found in a filtered phrase list point at the phrase's place in the file. */
function withOriginalIndex(issue: z.core.$ZodIssue, remaining: readonly { index: number }[]): z.core.$ZodIssue {
  const [field, at, ...rest] = issue.path;
  if (field !== 'phrases' || typeof at !== 'number') return issue;
  return { ...issue, path: ['phrases', remaining[at]?.index ?? at, ...rest] };
}

function readerFor(format: unknown): (raw: Record<string, unknown>) => z.ZodSafeParseResult<Pack> {
  if (typeof format === 'number' && Number.isInteger(format) && Object.hasOwn(PACK_FORMAT_READERS, format)) {
    const reader = PACK_FORMAT_READERS[format];
    if (reader) return reader;
  }
  if (typeof format === 'number' && format > NEWEST_FORMAT) {
    throw new ImportFailure([
      {
        path: 'format',
        column: 'format',
        reason: `这个文件用的是话术包格式 ${format}，比这个扩展认识的（${NEWEST_FORMAT}）新；请先更新扩展 / pack format ${format} is newer than this extension reads (${NEWEST_FORMAT}); update the extension`,
        example: `"format": ${NEWEST_FORMAT}`,
      },
    ]);
  }
  throw new ImportFailure([
    { path: 'format', column: 'format', reason: '缺少 "format" 或它不是支持的格式编号 / "format" is missing or unknown', example: `"format": ${NEWEST_FORMAT}` },
  ]);
}

/** The phrase indexes every issue points into, or undefined if some issue is about the pack itself. */
function badPhraseIndexes(issues: readonly z.core.$ZodIssue[]): Set<number> | undefined {
  const indexes = new Set<number>();
  for (const issue of issues) {
    const [field, index] = issue.path;
    if (field !== 'phrases' || typeof index !== 'number') return undefined;
    indexes.add(index);
  }
  return indexes;
}

function isIdHolder(value: unknown): value is { id: string } {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

function withoutLockedPhrases(locked: unknown, ids: ReadonlySet<string>): unknown {
  if (typeof locked !== 'object' || locked === null || !Array.isArray((locked as { phrases?: unknown }).phrases)) return locked;
  const phrases: unknown[] = (locked as { phrases: unknown[] }).phrases;
  return { ...locked, phrases: phrases.filter((id) => typeof id !== 'string' || !ids.has(id)) };
}
