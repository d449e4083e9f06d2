import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedImport } from '../../../utils/packs/parse-import-file';

/** The committed sample files (tests/fixtures/packs/, written by utils/dev-tools/cli/pack-fixtures.ts). */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'packs', name)));
}

export function parsedOk(parsed: ParsedImport): Extract<ParsedImport, { ok: true }> {
  if (!parsed.ok) throw new Error(`expected the file to parse, got:\n${parsed.problems.map((problem) => problem.reason).join('\n')}`);
  return parsed;
}
