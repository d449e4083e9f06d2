/**
 * The search box above a console table (wording rules, error log, custom sites): the lead types
 * a few words and keeps the rows that contain all of them, in any column, in any order.
 */

/** Full-width folded and lowercased, so "ＱＱ" finds "qq" and "typeerror" finds "TypeError". */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function searchWords(query: string): string[] {
  return fold(query).split(/\s+/u).filter((word) => word !== '');
}

/** Whether every word of the query occurs in one of the row's texts; an empty query keeps every row. */
export function matchesSearch(query: string, texts: readonly string[]): boolean {
  const words = searchWords(query);
  if (words.length === 0) return true;
  const haystack = texts.map(fold).join('\n');
  return words.every((word) => haystack.includes(word));
}

export function filterBySearch<Row>(rows: readonly Row[], query: string, textsOf: (row: Row) => readonly string[]): Row[] {
  if (searchWords(query).length === 0) return [...rows];
  return rows.filter((row) => matchesSearch(query, textsOf(row)));
}
