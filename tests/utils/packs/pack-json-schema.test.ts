import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PACK_JSON_SCHEMA_PATH, packJsonSchemaText } from '../../../utils/packs/pack-json-schema';

it('the committed JSON Schema is the one the zod schema generates (run `npm run pack -- schema` after changing it)', () => {
  const committed = readFileSync(join(import.meta.dirname, '..', '..', '..', PACK_JSON_SCHEMA_PATH), 'utf8');

  expect(committed).toBe(packJsonSchemaText());
});

it('describes every top-level field of a pack, with format 1 required', () => {
  const schema = JSON.parse(packJsonSchemaText()) as { properties: Record<string, unknown>; required: string[] };

  expect(Object.keys(schema.properties)).toEqual(
    expect.arrayContaining(['format', 'id', 'name', 'version', 'author', 'categories', 'phrases', 'rules', 'sites', 'locked']),
  );
  expect(schema.required).toEqual(expect.arrayContaining(['format', 'id', 'name', 'version', 'author', 'phrases']));
});

it('describes format 3: products with ids, facts and SKUs, and phrases\' products and holding', () => {
  const text = packJsonSchemaText();
  const schema = JSON.parse(text) as { properties: Record<string, { items?: { properties?: Record<string, unknown> } }> };

  expect(Object.keys(schema.properties.products?.items?.properties ?? {})).toEqual(['name', 'keywords', 'ids', 'facts', 'skus']);
  expect(Object.keys(schema.properties.phrases?.items?.properties ?? {})).toEqual(expect.arrayContaining(['products', 'holding']));
  expect(text).toContain('"pdd"');
});
