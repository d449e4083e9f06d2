/** A change that does not fit the pack it is made to; nothing was changed. */
export class DraftChangeError extends Error {
  override readonly name = 'DraftChangeError';
  constructor(
    message: string,
    /** The field the problem is in (`text`, `shortcut`, `products` …), so the console shows it on that field. */
    readonly field?: string,
  ) {
    super(message);
  }
}
