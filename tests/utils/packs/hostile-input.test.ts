import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../../../utils/dev-tools/cli/pack-gb18030';
import type { ImportProblem } from '../../../utils/packs/import-problem';
import { parseImportFile, type ImportKind, type ParsedImport } from '../../../utils/packs/parse-import-file';
import { packSchema } from '../../../utils/schemas/pack';
import { fixtureBytes } from './pack-fixtures';

/**
 * Whatever a file holds, the importer answers with a pack or with specific problems: it never
 * throws past its boundary, never returns a pack that does not fit the format, and never lets
 * a key like __proto__ reach an object's prototype. Run counts are bounded to keep the suite fast.
 */

const RUNS = { numRuns: 60 } as const;
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

/** The contract every answer keeps. */
function expectWellFormed(parsed: ParsedImport): void {
  if (parsed.ok) {
    expect(packSchema.safeParse(parsed.pack).success).toBe(true);
    expect(parsed.pack.phrases.length).toBeGreaterThan(0);
    parsed.invalid.forEach(expectSpecific);
  } else {
    expect(parsed.problems.length).toBeGreaterThan(0);
    parsed.problems.forEach(expectSpecific);
  }
}

function expectSpecific(problem: ImportProblem): void {
  expect(problem.reason.trim().length).toBeGreaterThan(3);
  if (problem.row !== undefined) expect(problem.row).toBeGreaterThanOrEqual(1);
}

const teaShopCsv = new TextDecoder().decode(fixtureBytes('tea-shop-v1.csv'));
const teaShopJson = new TextDecoder().decode(fixtureBytes('tea-shop.json'));
const teaShopXlsx = fixtureBytes('tea-shop-v1.xlsx');

/** Text edits a file suffers: characters inserted, deleted or replaced anywhere. */
const textMutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string(), fc.constantFrom('"', ',', '\n', '\r\n', '|', '、', '{', '}', '\u0000', '\ufeff', '__proto__', '=cmd|\'/c calc\'!A1')) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.string({ unit: 'grapheme', maxLength: 8 }) }),
);
type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, mutations: readonly TextMutation[]): string {
  let out = text;
  for (const mutation of mutations) {
    const at = out.length === 0 ? 0 : mutation.at % out.length;
    if (mutation.kind === 'insert') out = out.slice(0, at) + mutation.text + out.slice(at);
    else if (mutation.kind === 'delete') out = out.slice(0, at) + out.slice(at + mutation.length);
    else out = out.slice(0, at) + mutation.text + out.slice(at + mutation.text.length);
  }
  return out;
}

describe('random bytes', () => {
  it('under any name and kind get an answer, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom<ImportKind | undefined>('json', 'csv', 'xlsx', undefined), async (bytes, kind) => {
        expectWellFormed(await parseImportFile(bytes, { fileName: 'random.bin', kind }));
      }),
      RUNS,
    );
  });
});

describe('mutated spreadsheets', () => {
  it('a CSV edited at random, saved as UTF-8 or with a BOM', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(textMutation, { minLength: 1, maxLength: 12 }), fc.boolean(), async (mutations, bom) => {
        const text = mutate(teaShopCsv, mutations);
        const bytes = new TextEncoder().encode(bom ? `\ufeff${text}` : text);
        expectWellFormed(await parseImportFile(bytes, { fileName: 'tea.csv' }));
      }),
      RUNS,
    );
  });

  it('GB18030 bytes flipped at random', async () => {
    const gb = encodeGb18030(teaShopCsv);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 30 }), async (flips) => {
        const bytes = gb.slice();
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        expectWellFormed(await parseImportFile(bytes, { fileName: 'tea.csv' }));
      }),
      RUNS,
    );
  });

  it('rows of random cells under the real header: row numbers stay within the sheet', async () => {
    const cell = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('问候', '售后', '__proto__', 'constructor', 'toString', '冲泡', '是', '否', 'greeting', '{店铺名}', '<img src=x onerror=alert(1)>'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 40 }), async (rows) => {
        const text = [['编号', '分类', '话术', '买家问法', '快捷编码', '标签', '锁定'], ...rows]
          .map((row) => row.map((value) => `"${value.replace(/"/g, '""')}"`).join(','))
          .join('\n');
        const parsed = await parseImportFile(new TextEncoder().encode(text), { fileName: 'rows.csv' });
        expectWellFormed(parsed);
        for (const problem of parsed.ok ? parsed.invalid : parsed.problems) {
          if (problem.row !== undefined) expect(problem.row).toBeLessThanOrEqual(rows.length + 1);
        }
        if (parsed.ok) {
          expect(parsed.pack.categories.every((category) => Object.getPrototypeOf(category) === Object.prototype)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('an XLSX with bytes flipped or cut short', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
        fc.integer({ min: 0, max: teaShopXlsx.length }),
        async (flips, cutAt) => {
          const bytes = teaShopXlsx.slice(0, Math.max(4, cutAt));
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          expectWellFormed(await parseImportFile(bytes, { fileName: 'tea.xlsx' }));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('mutated JSON packs', () => {
  it('text edited at random', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(textMutation, { minLength: 1, maxLength: 8 }), async (mutations) => {
        expectWellFormed(await parseImportFile(new TextEncoder().encode(mutate(teaShopJson, mutations)), { fileName: 'tea.json' }));
      }),
      RUNS,
    );
  });

  it('any field replaced by any JSON value, prototype-reaching keys included', async () => {
    const base = JSON.parse(teaShopJson) as Record<string, unknown>;
    const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted');
    const value = fc.jsonValue({ maxDepth: 3 });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(base), 'phrases.0', 'phrases.1.text', 'categories.0.labels', 'sites.0.selectors', 'locked.phrases', 'rules.0.terms'),
        value,
        hostileKey,
        value,
        async (path, replacement, key, injected) => {
          const pack = structuredClone(base);
          setPath(pack, path.split('.'), replacement);
          const text = JSON.stringify(pack).replace(/^\{/, `{${JSON.stringify(key)}:${JSON.stringify(injected)},`);
          expectWellFormed(await parseImportFile(new TextEncoder().encode(text), { fileName: 'tea.json' }));
        },
      ),
      RUNS,
    );
  });
});

function setPath(target: unknown, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined || typeof target !== 'object' || target === null) return;
  const record = target as Record<string, unknown>;
  if (rest.length === 0) record[head] = value;
  else setPath(record[head], rest, value);
}
