import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fileCycles,
  filesWithoutLayer,
  folderCycles,
  impureCores,
  impureSchemas,
  outsideCitations,
  readLayerTable,
  upwardImports,
  type SourceTree,
} from './architecture/architecture-rules';

/**
 * The architecture of docs/architecture.md, held: every source file in a layer, imports
 * pointing down, no cycles between files or folders, pure cores free of the browser, schemas
 * of zod alone, and nothing in the product or its docs pointing outside the repository.
 * There is no allow-list: a breach is mended in the code or the table is changed on purpose.
 */

const ROOT = join(import.meta.dirname, '..');

function readTree(): SourceTree {
  const files = new Map<string, string>();
  for (const top of ['entrypoints', 'components', 'utils', 'phrases', 'docs', 'tests']) {
    for (const entry of readdirSync(join(ROOT, top), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(?:ts|tsx|mts|json|md|html|css)$/.test(entry.name)) continue;
      const path = join(entry.parentPath, entry.name);
      files.set(relative(ROOT, path).replace(/\\/g, '/'), readFileSync(path, 'utf8'));
    }
  }
  return { files };
}

const tree = readTree();
const table = readLayerTable(readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8'));

describe('the source as docs/architecture.md describes it', () => {
  it('has a layer table', () => {
    expect(table.length).toBeGreaterThan(10);
  });

  it('puts every source file in a layer of the table', () => {
    expect(filesWithoutLayer(tree, table)).toEqual([]);
  });

  it('imports only down the layers, and no product file imports dev tooling', () => {
    expect(upwardImports(tree, table)).toEqual([]);
  });

  it('has no cycle between files', () => {
    expect(fileCycles(tree)).toEqual([]);
  });

  it('has no cycle between the folders of the table', () => {
    expect(folderCycles(tree, table)).toEqual([]);
  });

  it('keeps the pure cores free of the browser, the extension APIs and the UI framework', () => {
    expect(impureCores(tree, table)).toEqual([]);
  });

  it('keeps the schemas to zod and each other', () => {
    expect(impureSchemas(tree, table)).toEqual([]);
  });

  it('never points at a file outside the repository from the product or its docs', () => {
    expect(outsideCitations(tree)).toEqual([]);
  });
});

describe('the rules catch what they are for', () => {
  const smallTable = readLayerTable(
    [
      '| `utils/schemas/` | schemas | everywhere | … |',
      '| `utils/engine/` | pure cores | worker | … |',
      '| `utils/page/` | services | page | … |',
      '| `components/` | components | pages | … |',
      '| `utils/dev-tools/` | dev tooling | Node | … |',
    ].join('\n'),
  );
  const treeOf = (files: Record<string, string>): SourceTree => ({ files: new Map(Object.entries(files)) });

  it('names an import that goes up a layer', () => {
    const small = treeOf({
      'utils/page/bar.ts': "import { Bar } from '../../components/Bar';\nexport const x = Bar;",
      'components/Bar.tsx': 'export const Bar = 1;',
    });
    expect(upwardImports(small, smallTable)).toEqual([
      'utils/page/bar.ts (services) imports ../../components/Bar (components): imports must point down the layers',
    ]);
  });

  it('names a product file that imports dev tooling, and a file in no layer', () => {
    const small = treeOf({
      'utils/engine/a.ts': "import { b } from '../dev-tools/b';\nexport const a = b;",
      'utils/dev-tools/b.ts': 'export const b = 1;',
      'utils/loose.ts': 'export const c = 1;',
    });
    expect(upwardImports(small, smallTable)).toEqual(['utils/engine/a.ts (pure cores) imports dev tooling: ../dev-tools/b']);
    expect(filesWithoutLayer(small, smallTable)).toEqual(['utils/loose.ts']);
  });

  it('names files and folders that import each other, type-only imports included', () => {
    const small = treeOf({
      'utils/engine/a.ts': "import type { B } from './b';\nexport type A = B;",
      'utils/engine/b.ts': "import type { A } from './a';\nexport type B = A | 1;",
      'utils/schemas/s.ts': "import { p } from '../page/p';\nexport const s = p;",
      'utils/page/p.ts': "import { s } from '../schemas/s';\nexport const p = s;",
    });
    expect(fileCycles(small)).toEqual(['utils/engine/a.ts ↔ utils/engine/b.ts', 'utils/page/p.ts ↔ utils/schemas/s.ts']);
    expect(folderCycles(small, smallTable)).toEqual(['utils/page/ ↔ utils/schemas/']);
  });

  it('names a pure core that touches the page or the extension, but not a property of that name', () => {
    const small = treeOf({
      'utils/engine/dom.ts': 'export const title = () => document.title;',
      'utils/engine/ext.ts': "import { browser } from 'wxt/browser';\nexport const id = browser.runtime.id;",
      'utils/engine/fine.ts': 'export const read = (o: { document: string }) => o.document;',
    });
    expect(impureCores(small, smallTable)).toEqual([
      'utils/engine/dom.ts (pure cores) uses the browser global document',
      'utils/engine/ext.ts (pure cores) imports wxt/browser',
      'utils/engine/ext.ts (pure cores) uses the browser global browser',
    ]);
  });

  it('names a schema that imports logic', () => {
    const small = treeOf({ 'utils/schemas/s.ts': "import { z } from 'zod';\nimport { e } from '../engine/e';\nexport const s = z.string().refine(e);", 'utils/engine/e.ts': 'export const e = () => true;' });
    expect(impureSchemas(small, smallTable)).toEqual(['utils/schemas/s.ts (schemas) imports ../engine/e: schemas import zod and other schemas only']);
  });

  it('names comments, strings and docs that point outside the repository', () => {
    const small = treeOf({
      'utils/page/a.ts': '// see DESIGN.md, "Traps"\nexport const a = 1;',
      'utils/page/b.ts': "export const file = '../../../shared/eval/intent_dev.tsv';",
      'docs/c.md': 'Selectors come from [the notes](../../notes/selectors.md).',
      'docs/d.md': 'See [the README](../README.md) and `utils/page/a.ts`.',
    });
    expect(outsideCitations(small)).toEqual([
      'docs/c.md points outside the repository: ../../notes/selectors.md',
      'utils/page/a.ts cites DESIGN.md, which is not in the repository',
      'utils/page/b.ts cites shared/eval, which is not in the repository',
      'utils/page/b.ts points outside the repository: ../../../shared/eval/intent_dev.tsv',
    ]);
  });
});
