const PARAMETER = /\{([^{}]+)\}/g;

/**
 * Fills `{name}` from params in one pass, so a value that itself contains braces (a buyer's
 * message, a phrase with {店铺名}) is shown as written and never interpolated again.
 */
export function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(PARAMETER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The parameter names a template uses; the completeness test compares languages with it. */
export function parameterNames(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PARAMETER), (match) => match[1] ?? ''))].sort();
}
