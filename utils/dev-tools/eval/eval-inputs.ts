import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { LibraryIndex } from '../../engine/library-index';
import { libraryFromPacks } from '../../engine/library-from-packs';
import { buildShippedLibraryIndex } from '../../engine/shipped-library-index';
import { packSchema, type Pack } from '../../schemas/pack';
import { EvalFileError, parseIntentEvalFile, type IntentEvalCase } from './intent-eval-file';

/** The evaluation file's text; an unreadable file is an EvalFileError naming it. */
export async function readEvalFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new EvalFileError(file, null, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** The pack to evaluate: the shipped default, or the file given with --pack, alone. */
export async function loadEvalPack(file: string | undefined): Promise<Pack> {
  if (file === undefined) {
    // Loaded only when no --pack is given, so a pack under development can be evaluated alone.
    const { defaultPack } = await import('../../packs/default-pack');
    return defaultPack();
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the pack as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = packSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: not a valid pack: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The packs given with --pack, each alone as loadEvalPack reads it; none: the shipped default. */
export async function loadEvalPacks(files: readonly string[]): Promise<Pack[]> {
  if (files.length === 0) return [await loadEvalPack(undefined)];
  return Promise.all(files.map((file) => loadEvalPack(file)));
}

/** What every evaluation command starts from: the file's lines, the pack, and its index. */
export async function loadEvalRun(file: string, packFile: string | undefined): Promise<{ cases: IntentEvalCase[]; pack: Pack; index: LibraryIndex }> {
  const cases = parseIntentEvalFile(await readEvalFile(file), file);
  const pack = await loadEvalPack(packFile);
  return { cases, pack, index: buildShippedLibraryIndex(libraryFromPacks([pack])) };
}
