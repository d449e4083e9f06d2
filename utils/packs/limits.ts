import { PACK_LIMITS } from '../schemas/pack';

/**
 * What an import accepts before it even parses. A 10,000-phrase spreadsheet is well under a
 * megabyte or two; these bounds stop a wrong or hostile file long before it costs memory.
 */
export const IMPORT_LIMITS = Object.freeze({
  ...PACK_LIMITS,
  /** The file as picked or downloaded. */
  fileBytes: 20 * 1024 * 1024,
  /** An XLSX is a zip: what its XML parts may unpack to, in total. */
  unpackedBytes: 120 * 1024 * 1024,
  /** Spreadsheet rows, header included (a few more than the phrases allowed, for blank lines). */
  rows: PACK_LIMITS.phrases + 1_000,
  /** Products sheet rows: a catalogue's products plus a few SKU rows each. */
  productRows: 60_000,
  /** Spreadsheet columns read; anything wider is not a phrase sheet. */
  columns: 50,
  /** One cell's text (a phrase is at most 500 characters; triggers cells get long). */
  cellChars: 20_000,
});

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
