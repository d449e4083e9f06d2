import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';

/**
 * The rules `tests/architecture.test.ts` holds the source to, as pure functions over an
 * in-memory tree (path → text), so the test can prove them on small made-up trees too.
 */

/** From the bottom up; `dev tooling` stands apart (it may import anything, nothing imports it). */
export const LAYERS = ['data', 'schemas', 'pure cores', 'transport and storage', 'services', 'components', 'entrypoints'] as const;
export const DEV_TOOLING = 'dev tooling';
export type LayerName = (typeof LAYERS)[number] | typeof DEV_TOOLING;

export interface LayerRow {
  /** Repository-relative folder, ending in `/`. */
  folder: string;
  layer: LayerName;
}

export interface SourceTree {
  /** Repository-relative paths (forward slashes) → file text. */
  files: ReadonlyMap<string, string>;
}

/** Folders whose code the product is made of; every source file in them must have a layer. */
export const SOURCE_ROOTS = ['entrypoints/', 'components/', 'utils/', 'phrases/'] as const;
/** Where a comment or string must not point outside the repository. */
export const CITATION_ROOTS = ['entrypoints/', 'components/', 'utils/', 'phrases/', 'docs/'] as const;

const SOURCE_FILE = /\.(?:ts|tsx|mts|json)$/;
const CODE_FILE = /\.(?:ts|tsx|mts)$/;

/** Reads the layer table of docs/architecture.md: rows of `| \`folder/\` | layer | … |`. */
export function readLayerTable(markdown: string): LayerRow[] {
  const rows: LayerRow[] = [];
  for (const line of markdown.split('\n')) {
    const match = /^\|\s*`([^`]+\/)`\s*\|\s*([^|]+?)\s*\|/.exec(line);
    if (!match) continue;
    const layer = match[2] as LayerName;
    if (layer !== DEV_TOOLING && !(LAYERS as readonly string[]).includes(layer)) {
      throw new Error(`docs/architecture.md: folder ${match[1]} has layer "${layer}", which is none of: ${[...LAYERS, DEV_TOOLING].join(', ')}`);
    }
    rows.push({ folder: match[1]!, layer });
  }
  return rows;
}

/** The table row a file falls under: the longest folder that contains it. */
export function rowOf(file: string, table: readonly LayerRow[]): LayerRow | undefined {
  let best: LayerRow | undefined;
  for (const row of table) if (file.startsWith(row.folder) && (!best || row.folder.length > best.folder.length)) best = row;
  return best;
}

function layerRank(layer: LayerName): number {
  return layer === DEV_TOOLING ? Number.POSITIVE_INFINITY : LAYERS.indexOf(layer);
}

export interface Import {
  from: string;
  /** The specifier as written. */
  specifier: string;
  /** Repository-relative file it resolves to; undefined for packages. */
  to?: string;
}

/** Every static, type-only, re-export and dynamic import of a file, resolved against the tree. */
export function importsOf(file: string, text: string, tree: SourceTree): Import[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map(({ fileName: specifier }) => {
    if (!specifier.startsWith('.')) return { from: file, specifier };
    const base = normalize(join(dirname(file), specifier)).replace(/\\/g, '/');
    const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
    return { from: file, specifier, to: candidates.find((candidate) => tree.files.has(candidate)) ?? base };
  });
}

export function sourceFiles(tree: SourceTree): string[] {
  return [...tree.files.keys()].filter((file) => SOURCE_ROOTS.some((root) => file.startsWith(root)) && SOURCE_FILE.test(file)).sort();
}

/** Source files no row of the table covers. */
export function filesWithoutLayer(tree: SourceTree, table: readonly LayerRow[]): string[] {
  return sourceFiles(tree).filter((file) => !rowOf(file, table));
}

/** Imports from a layer to a layer above it, and product imports of dev tooling. */
export function upwardImports(tree: SourceTree, table: readonly LayerRow[]): string[] {
  const problems: string[] = [];
  for (const file of sourceFiles(tree).filter((name) => CODE_FILE.test(name))) {
    const own = rowOf(file, table);
    if (!own) continue;
    for (const { specifier, to } of importsOf(file, tree.files.get(file)!, tree)) {
      if (!to) continue;
      const target = rowOf(to, table);
      if (!target) {
        if (!to.startsWith('tests/') || own.layer !== DEV_TOOLING) problems.push(`${file} imports ${specifier} (${to}), which is in no layer`);
        continue;
      }
      if (own.layer === DEV_TOOLING) continue;
      if (target.layer === DEV_TOOLING) problems.push(`${file} (${own.layer}) imports dev tooling: ${specifier}`);
      else if (layerRank(target.layer) > layerRank(own.layer)) {
        problems.push(`${file} (${own.layer}) imports ${specifier} (${target.layer}): imports must point down the layers`);
      }
    }
  }
  return problems;
}

/** Strongly connected groups of more than one node (or a node importing itself). */
function cyclesOf(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || edges.get(node)?.has(node)) groups.push(group.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return groups;
}

function importEdges(tree: SourceTree, keyOf: (file: string) => string | undefined): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of sourceFiles(tree).filter((name) => CODE_FILE.test(name))) {
    const from = keyOf(file);
    if (from === undefined) continue;
    for (const { to } of importsOf(file, tree.files.get(file)!, tree)) {
      const target = to === undefined ? undefined : keyOf(to);
      if (target === undefined || (target === from && keyOf === folderKey)) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(target);
    }
  }
  return edges;
}

let folderTable: readonly LayerRow[] = [];
const folderKey = (file: string): string | undefined => rowOf(file, folderTable)?.folder;

/** Files that import each other, directly or round a loop. */
export function fileCycles(tree: SourceTree): string[] {
  return cyclesOf(importEdges(tree, (file) => (tree.files.has(file) ? file : undefined))).map((group) => group.join(' ↔ '));
}

/** Folders of the table that import each other, directly or round a loop. */
export function folderCycles(tree: SourceTree, table: readonly LayerRow[]): string[] {
  folderTable = table;
  return cyclesOf(importEdges(tree, folderKey)).map((group) => group.join(' ↔ '));
}

/** Packages and globals a pure core must not touch: it runs in Node, the worker and pages alike. */
const IMPURE_PACKAGES = /^(?:wxt(?:\/|$)|dexie$|@webext-core\/|react(?:-dom)?(?:\/|$)|preact(?:\/|$)|@wxt-dev\/)/;
const IMPURE_GLOBALS = ['document', 'window', 'browser', 'chrome', 'navigator', 'indexedDB', 'localStorage', 'sessionStorage', 'MutationObserver', 'HTMLElement', 'location'];

/** Identifiers of the code itself, without comments, strings, property names or type positions. */
function freeIdentifiers(file: string, text: string): Set<string> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const names = new Set<string>();
  const declared = new Set<string>();
  const declare = (node: ts.Node): void => {
    if ((ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node) || ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name && ts.isIdentifier(node.name)) declared.add(node.name.text);
    ts.forEachChild(node, declare);
  };
  declare(source);
  const walk = (node: ts.Node): void => {
    if (ts.isTypeNode(node) || ts.isImportDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return;
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isPropertyName = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node) || (ts.isMethodDeclaration(parent) && parent.name === node) || (ts.isPropertyDeclaration(parent) && parent.name === node) || ts.isBindingElement(parent) || (ts.isParameter(parent) && parent.name === node) || (ts.isVariableDeclaration(parent) && parent.name === node);
      if (!isPropertyName) names.add(node.text);
    }
    ts.forEachChild(node, walk);
  };
  walk(source);
  for (const name of declared) names.delete(name);
  return names;
}

/** Pure-core files that import a browser or framework package, or reach for a browser global. */
export function impureCores(tree: SourceTree, table: readonly LayerRow[]): string[] {
  const problems: string[] = [];
  for (const file of sourceFiles(tree).filter((name) => CODE_FILE.test(name) && rowOf(name, table)?.layer === 'pure cores')) {
    const text = tree.files.get(file)!;
    for (const { specifier, to } of importsOf(file, text, tree)) {
      if (!to && IMPURE_PACKAGES.test(specifier)) problems.push(`${file} (pure cores) imports ${specifier}`);
    }
    const used = freeIdentifiers(file, text);
    for (const global of IMPURE_GLOBALS) if (used.has(global)) problems.push(`${file} (pure cores) uses the browser global ${global}`);
  }
  return problems;
}

/**
 * Packages a schema may import: zod (its `zod/mini` entry point too, which the schemas a chat
 * page parses are written with, and its locales), and redos-detector, with which the
 * risky-wording rule format proves each of its regexes runs in linear time (a format's rule
 * like any refinement).
 */
const SCHEMA_PACKAGES = /^(?:zod|redos-detector)(?:\/|$)/;

/** Schemas import zod (and the rule format's regex check) and other schemas, nothing else. */
export function impureSchemas(tree: SourceTree, table: readonly LayerRow[]): string[] {
  const problems: string[] = [];
  for (const file of sourceFiles(tree).filter((name) => CODE_FILE.test(name) && rowOf(name, table)?.layer === 'schemas')) {
    for (const { specifier, to } of importsOf(file, tree.files.get(file)!, tree)) {
      if (to ? rowOf(to, table)?.layer !== 'schemas' && rowOf(to, table)?.layer !== 'data' : !SCHEMA_PACKAGES.test(specifier)) {
        problems.push(`${file} (schemas) imports ${specifier}: schemas import zod and other schemas only`);
      }
    }
  }
  return problems;
}

/** Files of the development notes kept beside the repository, never part of it. */
const OUTSIDE_DOCUMENTS = /\b(?:DESIGN|DEVELOPERS|STYLE|REPLY-FIT)\.md\b|(?<![\w.-])shared\/(?:eval|research|seeds|hooks)\b/;
/** A relative path in prose or a string: `../x`, `../../x/y.md`. */
const RELATIVE_PATH = /(?:^|[^\w./-])((?:\.\.\/)+[\w@.-]+(?:\/[\w@.-]+)*)/g;

/** The comments and string literals of a code file; a whole text file otherwise. */
function proseOf(file: string, text: string): string[] {
  if (!CODE_FILE.test(file)) return [text];
  const pieces: string[] = [];
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard, text);
  const { preProcessFile } = ts;
  const importSpecifiers = new Set(preProcessFile(text, true, true).importedFiles.map((entry) => entry.fileName));
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.SingleLineCommentTrivia || token === ts.SyntaxKind.MultiLineCommentTrivia) pieces.push(scanner.getTokenText());
    else if (token === ts.SyntaxKind.StringLiteral || token === ts.SyntaxKind.NoSubstitutionTemplateLiteral || token === ts.SyntaxKind.TemplateHead) {
      const value = scanner.getTokenValue();
      if (!importSpecifiers.has(value)) pieces.push(value);
    }
  }
  return pieces;
}

/** Comments, strings and docs that point at a file outside the repository. */
export function outsideCitations(tree: SourceTree): string[] {
  const problems: string[] = [];
  const files = [...tree.files.keys()].filter((file) => CITATION_ROOTS.some((root) => file.startsWith(root)) && /\.(?:ts|tsx|mts|json|md|html|css)$/.test(file)).sort();
  for (const file of files) {
    for (const prose of proseOf(file, tree.files.get(file)!)) {
      const named = OUTSIDE_DOCUMENTS.exec(prose);
      if (named) problems.push(`${file} cites ${named[0]}, which is not in the repository`);
      for (const match of prose.matchAll(RELATIVE_PATH)) {
        const target = normalize(join(dirname(file), match[1]!)).replace(/\\/g, '/');
        if (target.startsWith('..') || relative('.', target).startsWith('..')) problems.push(`${file} points outside the repository: ${match[1]}`);
      }
    }
  }
  return problems;
}
