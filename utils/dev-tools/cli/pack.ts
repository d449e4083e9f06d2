import '../../schemas/zod-jitless';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runPackCommand } from './pack-commands';

/** npm run pack -- <validate|convert|stats|schema> …  (see PACK_CLI_USAGE) */
process.exitCode = await runPackCommand(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  root: join(import.meta.dirname, '..', '..', '..'),
});
