import { z } from 'zod';

/**
 * Parses rows read back from the library database. A row that no longer fits its schema (written
 * by hand, or by a newer build whose format this one does not know) is left out with a warning
 * naming the table and how many, rather than taking the whole library down with it.
 */
export function parseRows<S extends z.core.$ZodType>(table: string, rows: readonly unknown[], schema: S): z.output<S>[] {
  const parsed: z.output<S>[] = [];
  let skipped = 0;
  let firstProblem = '';
  for (const row of rows) {
    const result = z.safeParse(schema, row);
    if (result.success) {
      parsed.push(result.data);
    } else {
      skipped += 1;
      firstProblem ||= result.error.issues[0]?.message ?? '';
    }
  }
  if (skipped > 0) {
    console.warn(`[话术助手] skipped ${skipped} unreadable row(s) in table "${table}": ${firstProblem}`);
  }
  return parsed;
}
