import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const manifestSchema = z.object({
  content_scripts: z.array(z.object({ js: z.array(z.string()).default([]), css: z.array(z.string()).default([]) })).default([]),
});

/** What every matching page downloads and parses: the content scripts' JS and CSS, in KB (1024 bytes). */
export async function contentScriptKilobytes(extensionDir: string): Promise<number> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')));
  const files = new Set(manifest.content_scripts.flatMap((script) => [...script.js, ...script.css]));
  let bytes = 0;
  for (const file of files) bytes += (await stat(join(extensionDir, file))).size;
  return bytes / 1024;
}
