import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SHIPPED_DATA_DIR, SHIPPED_DATA_FILES, type ShippedDataFile } from '../../utils/shipped-data/shipped-data-files';

/**
 * The unit tests' stand-in for the extension's package: the worker reads the default pack and
 * the corpora from its own URL (utils/shipped-data/read-shipped-data.ts), which the browser
 * serves from the files the build copied out of phrases/. Here fetch serves them from phrases/
 * directly; every other URL goes to the fetch the test would otherwise have (tests that stub
 * fetch replace this one for their duration). The built extension's way is tested end to end.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const PACKAGED = new RegExp(`^chrome-extension://[^/]+/${SHIPPED_DATA_DIR}/([^/?#]+)$`);
const passThrough = globalThis.fetch;

function isShippedFile(name: string): name is ShippedDataFile {
  return (SHIPPED_DATA_FILES as readonly string[]).includes(name);
}

globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const name = PACKAGED.exec(url)?.[1];
  if (name === undefined) return passThrough(input, init);
  if (!isShippedFile(name)) return new Response('', { status: 404 });
  return new Response(await readFile(join(ROOT, 'phrases', name)), { headers: { 'content-type': 'application/json' } });
};
