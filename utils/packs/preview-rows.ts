import type { ImportPreview, RiskyPhrase } from './import-preview';
import type { ImportProblem } from './import-problem';
import type { FieldChange, ProductChange, ProductSummary } from './pack-diff';

/**
 * The import preview as the wizard's tables show it: one row per changed phrase with the fields
 * that changed marked, one row per invalid row with its sheet, a risky phrase cut where the
 * wording check matched. Pure, so the tables stay thin.
 */

export type ChangeField = FieldChange['field'];

export interface ChangedPhraseRow {
  key: string;
  id: string;
  category: string;
  text: string;
  /** Every field that differs from the installed version, in the diff's order. */
  changedFields: ChangeField[];
  /** Before → after for each changed field. */
  changes: Partial<Record<ChangeField, { before: string; after: string }>>;
}

export function changedPhraseRows(changed: ImportPreview['changed']): ChangedPhraseRow[] {
  return changed.map((phrase) => ({
    key: phrase.id,
    id: phrase.id,
    category: phrase.category,
    text: phrase.text,
    changedFields: phrase.changes.map((change) => change.field),
    changes: Object.fromEntries(phrase.changes.map((change) => [change.field, { before: change.before, after: change.after }])),
  }));
}

export interface InvalidRowView {
  key: string;
  /** The sheet as Excel names it: the workbook's tab, or a CSV's file name without extension; '' for a JSON pack. */
  sheet: string;
  row: number | undefined;
  /** The column's header, or where in a JSON pack. */
  column: string;
  reason: string;
  example: string | undefined;
}

/** Excel shows a CSV file as one sheet named after the file. */
export function invalidRowViews(problems: readonly ImportProblem[], fileName: string): InvalidRowView[] {
  const csvSheet = /\.(csv|tsv|txt)$/i.test(fileName) ? fileName.replace(/\.[^.]+$/, '') : '';
  return problems.map((problem, index) => ({
    key: String(index),
    sheet: problem.sheet ?? (problem.row === undefined ? '' : csvSheet),
    row: problem.row,
    column: [problem.path, problem.column].filter((part) => part !== undefined && part !== '').join(' · '),
    reason: problem.reason,
    example: problem.example,
  }));
}

export interface TextSegment {
  text: string;
  /** This part is what a wording rule matched. */
  flagged: boolean;
}

/** A phrase cut into plain and flagged parts, so the table can mark exactly what the check found. */
export function flaggedSegments(text: string, findings: RiskyPhrase['findings']): TextSegment[] {
  const flagged = new Array<boolean>(text.length).fill(false);
  for (const { matchedText } of findings) {
    if (matchedText === '') continue;
    for (let at = text.indexOf(matchedText); at !== -1; at = text.indexOf(matchedText, at + matchedText.length)) {
      flagged.fill(true, at, at + matchedText.length);
    }
  }
  const segments: TextSegment[] = [];
  for (let index = 0; index < text.length; index++) {
    const last = segments.at(-1);
    const char = text.charAt(index);
    if (last && last.flagged === flagged[index]) last.text += char;
    else segments.push({ text: char, flagged: flagged[index] ?? false });
  }
  return segments;
}

/** Which actions the preview allows: a plain confirm, skipping invalid rows, forcing an older version. */
export function importChoices(preview: ImportPreview, refusalCode?: string): { confirm: boolean; skipInvalid: boolean; force: boolean } {
  const hasInvalidRows = preview.invalid.length > 0;
  const olderVersion = preview.upgrade === 'older' || refusalCode === 'older-version';
  return { confirm: !hasInvalidRows && !olderVersion, skipInvalid: hasInvalidRows, force: olderVersion && !hasInvalidRows };
}

export type ProductRowStatus = 'added' | 'changed' | 'removed';

export interface ProductDiffRow {
  key: string;
  name: string;
  status: ProductRowStatus;
  factCount: number;
  skuCount: number;
  /** What changed, one line each: the field, the fact's or SKU's name, before → after. */
  changes: ProductChange[];
}

/** The products of the preview as one table: changed first (what the lead checks), then added, then removed. */
export function productDiffRows(products: ImportPreview['products']): ProductDiffRow[] {
  const row = (status: ProductRowStatus) => (product: ProductSummary & { changes?: ProductChange[] }): ProductDiffRow => ({
    key: `${status}\u0000${product.name}`,
    name: product.name,
    status,
    factCount: product.factCount,
    skuCount: product.skuCount,
    changes: product.changes ?? [],
  });
  return [...products.changed.map(row('changed')), ...products.added.map(row('added')), ...products.removed.map(row('removed'))];
}
