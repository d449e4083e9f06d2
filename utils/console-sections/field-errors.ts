/** What a zod issue carries that a form needs: where it is and what rule it breaks. */
export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * One message per form field, taken from the schema's issues, so each field shows the rule it
 * breaks (the schema's message states the rule and gives an example). The first issue of a
 * field wins; an issue no field owns goes to `fallback`, so it is never dropped.
 */
export function firstErrorPerField<Field extends string>(
  issues: readonly IssueLike[],
  fieldOf: (path: readonly PropertyKey[]) => Field | null,
  fallback: Field,
): Partial<Record<Field, string>> {
  const found: Partial<Record<Field, string>> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path) ?? fallback;
    found[field] ??= issue.message;
  }
  return found;
}
