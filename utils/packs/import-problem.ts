import { z } from 'zod';

/**
 * One thing wrong with an imported file, said so a team lead can fix it in Excel: the row as
 * Excel numbers it (header = row 1), the column as their header names it, why, and a value
 * that would be accepted. JSON packs have no rows: `path` points into the file instead.
 */
export const importProblemSchema = z.object({
  /** The workbook's sheet the row is on (XLSX only; a CSV is one sheet). */
  sheet: z.string().max(100).optional(),
  /** Excel row number (the header is row 1); absent for problems with the whole file. */
  row: z.number().int().min(1).optional(),
  /** Where in a JSON pack, e.g. "phrases[3].text". */
  path: z.string().max(200).optional(),
  /** The column as the file's header writes it (e.g. "话术"), or the JSON field. */
  column: z.string().max(100).optional(),
  reason: z.string().max(2000),
  example: z.string().max(200).optional(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

/** One line per problem, as `npm run pack -- validate` prints it and the options page lists it. */
export function describeProblem(problem: ImportProblem): string {
  const where = [
    problem.sheet === undefined ? undefined : `工作表「${problem.sheet}」`,
    problem.row === undefined ? undefined : `第 ${problem.row} 行 / row ${problem.row}`,
    problem.path,
    problem.column === undefined ? undefined : `「${problem.column}」`,
  ].filter((part) => part !== undefined);
  const example = problem.example === undefined ? '' : `（例如 / e.g. ${problem.example}）`;
  return `${where.length > 0 ? `${where.join(' ')}: ` : ''}${problem.reason}${example}`;
}

/** Thrown only inside the importer; every public entry point turns it into a returned problem. */
export class ImportFailure extends Error {
  override readonly name = 'ImportFailure';
  constructor(readonly problems: readonly ImportProblem[]) {
    super(problems.map(describeProblem).join('\n'));
  }
}
