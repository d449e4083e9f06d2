import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import { chineseCategoryLabels } from '../../packs/category-labels';
import type { Pack } from '../../schemas/pack';
import { describeProblem } from '../../packs/import-problem';
import { packToJson } from '../../packs/pack-to-csv';
import { PACK_JSON_SCHEMA_PATH, packJsonSchemaText } from '../../packs/pack-json-schema';
import { SITE_LISTS_DOC_PATH, siteListsDocText } from '../../packs/site-lists-doc';
import { parseImportFile, type ParsedImport } from '../../packs/parse-import-file';
import { checkWording } from '../../risky-wording/check-wording';
import { defaultCompiledWordingRules } from '../../risky-wording/default-rules';

/** What the commands touch, so tests run them without a real terminal or disk. */
export interface PackCliIo {
  out(line: string): void;
  err(line: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  /** The project root, for `schema`. */
  root: string;
  today?: Date;
}

export const PACK_CLI_USAGE = `用法 / usage:
  npm run pack -- validate <file.json|csv|xlsx> [--products <products.csv>] [--id … --name … --version …]
      exit 0 when the file imports cleanly; otherwise exit 1 and one line per problem (sheet, row as Excel numbers it, column, reason, example)
  npm run pack -- convert <in.csv|in.xlsx> <out.json> [--products <products.csv>] [--id … --name … --version … --author …] [--skip-invalid]
      writes a JSON pack (format 3 when it has products, else 2); refuses (exit 1) while any row is invalid unless --skip-invalid
  npm run pack -- stats <file> [--products <products.csv>]
      phrases per category, shortcuts, triggers, locked items, rules, products (SKUs, facts, scoped phrases), and phrases the default wording rules flag
  --products: the products sheet (商品名称, 关键词, 平台商品ID, SKU, one column per fact) as a second CSV file, when the phrases are CSV; an .xlsx carries it as its 商品 sheet
  npm run pack -- schema [--check]
      writes ${PACK_JSON_SCHEMA_PATH} from the zod schema and ${SITE_LISTS_DOC_PATH} (each client's selector lists and adapter version) from the adapters' published lists (--check: exit 1 if either is out of date)`;

const OPTIONS = {
  id: { type: 'string' },
  name: { type: 'string' },
  version: { type: 'string' },
  author: { type: 'string' },
  products: { type: 'string' },
  'skip-invalid': { type: 'boolean', default: false },
  check: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

/** Runs one `npm run pack` command; answers the exit code. */
export async function runPackCommand(argv: readonly string[], io: PackCliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${PACK_CLI_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help) {
    io.out(PACK_CLI_USAGE);
    return 0;
  }
  const metadata = { id: values.id, name: values.name, version: values.version, author: values.author, today: io.today, products: values.products };
  switch (command) {
    case 'validate':
      return files.length === 1 && files[0] ? validate(files[0], metadata, io) : usage(io);
    case 'convert':
      return files.length === 2 && files[0] && files[1] ? convert(files[0], files[1], metadata, values['skip-invalid'], io) : usage(io);
    case 'stats':
      return files.length === 1 && files[0] ? stats(files[0], metadata, io) : usage(io);
    case 'schema':
      return files.length === 0 ? schema(values.check, io) : usage(io);
    default:
      return usage(io);
  }
}

function usage(io: PackCliIo): number {
  io.err(PACK_CLI_USAGE);
  return 2;
}

type Metadata = {
  id?: string | undefined;
  name?: string | undefined;
  version?: string | undefined;
  author?: string | undefined;
  today?: Date | undefined;
  /** The products CSV beside a CSV phrase sheet. */
  products?: string | undefined;
};

async function parseFile(file: string, metadata: Metadata, io: PackCliIo): Promise<ParsedImport> {
  const { products: productsFile, ...packMetadata } = metadata;
  let bytes: Uint8Array;
  let products: { bytes: Uint8Array; fileName: string } | undefined;
  try {
    bytes = await io.readFile(file);
    if (productsFile !== undefined) products = { bytes: await io.readFile(productsFile), fileName: basename(productsFile) };
  } catch (error) {
    return { ok: false, problems: [{ reason: `读不到文件 / cannot read the file (${error instanceof Error ? error.message : String(error)})` }] };
  }
  if (products !== undefined && !/\.(csv|tsv|txt)$/i.test(file)) {
    return { ok: false, problems: [{ reason: '--products 只用于 CSV 话术表；.xlsx 的商品写在它的「商品」工作表，JSON 的写在 products 里 / --products goes with a CSV phrase sheet only' }] };
  }
  return parseImportFile(bytes, { ...packMetadata, fileName: basename(file), products });
}

async function validate(file: string, metadata: Metadata, io: PackCliIo): Promise<number> {
  const parsed = await parseFile(file, metadata, io);
  const problems = parsed.ok ? parsed.invalid : parsed.problems;
  for (const problem of problems) io.out(`${file}: ${describeProblem(problem)}`);
  if (!parsed.ok || problems.length > 0) {
    io.err(`${file}: ${problems.length} 个问题 / problem(s)`);
    return 1;
  }
  for (const notice of parsed.notices) io.err(`${file}: 注意 / note: ${notice}`);
  io.err(`${file}: 有效 / valid — ${parsed.pack.id} ${parsed.pack.version}, ${parsed.pack.phrases.length} 条话术 / phrases, ${parsed.pack.products.length} 个商品 / products`);
  return 0;
}

async function convert(input: string, output: string, metadata: Metadata, skipInvalid: boolean, io: PackCliIo): Promise<number> {
  if (!output.toLowerCase().endsWith('.json')) {
    io.err(`${output}: 输出文件应是 .json / the output is a .json pack file`);
    return 2;
  }
  const parsed = await parseFile(input, metadata, io);
  const problems = parsed.ok ? parsed.invalid : parsed.problems;
  for (const problem of problems) io.out(`${input}: ${describeProblem(problem)}`);
  if (!parsed.ok || (problems.length > 0 && !skipInvalid)) {
    io.err(`${input}: 没有写出 ${output}（${problems.length} 个问题；加 --skip-invalid 只转换有效的行） / nothing written`);
    return 1;
  }
  await io.writeFile(output, packToJson(parsed.pack));
  io.err(`${output}: 写出 / wrote ${parsed.pack.id} ${parsed.pack.version}, ${parsed.pack.phrases.length} 条话术 / phrases, ${parsed.pack.products.length} 个商品 / products${problems.length > 0 ? `, skipped ${problems.length} invalid` : ''}`);
  return 0;
}

async function stats(file: string, metadata: Metadata, io: PackCliIo): Promise<number> {
  const parsed = await parseFile(file, metadata, io);
  if (!parsed.ok) {
    for (const problem of parsed.problems) io.out(`${file}: ${describeProblem(problem)}`);
    return 1;
  }
  for (const line of packStats(parsed.pack, parsed.invalid.length)) io.out(line);
  return 0;
}

/** The lines `stats` prints: what a lead checks before sending a pack to the team. */
export function packStats(pack: Pack, invalidRows: number): string[] {
  const labels = chineseCategoryLabels(pack);
  const perCategory = new Map<string, number>();
  for (const phrase of pack.phrases) perCategory.set(phrase.category, (perCategory.get(phrase.category) ?? 0) + 1);
  const rules = defaultCompiledWordingRules();
  let warned = 0;
  let blocked = 0;
  for (const phrase of pack.phrases) {
    const findings = checkWording(rules, phrase.text);
    if (findings.some((finding) => finding.severity === 'block')) blocked += 1;
    else if (findings.length > 0) warned += 1;
  }
  const triggerCount = pack.phrases.reduce((sum, phrase) => sum + phrase.triggers.length, 0);
  return [
    `${pack.name} (${pack.id}) ${pack.version} — ${pack.author}`,
    `话术 / phrases: ${pack.phrases.length}${invalidRows > 0 ? `（另有 ${invalidRows} 个问题行 / plus ${invalidRows} problem(s)）` : ''}`,
    ...[...perCategory]
      .sort((a, b) => b[1] - a[1])
      .map(([id, count]) => `  ${labels.get(id) ?? id} (${id}): ${count}`),
    `买家问法 / triggers: ${triggerCount}（平均 ${(triggerCount / Math.max(1, pack.phrases.length)).toFixed(1)} / avg per phrase）; 无问法 / without: ${pack.phrases.filter((phrase) => phrase.triggers.length === 0).length}`,
    `快捷编码 / shortcuts: ${pack.phrases.filter((phrase) => phrase.shortcut !== undefined).length}`,
    `锁定 / locked: ${pack.locked.phrases.length} 条话术 / phrases, ${pack.locked.rules.length} 条规则 / rules`,
    `规则 / wording rules: ${pack.rules.length}; 自定义站点 / custom sites: ${pack.sites.length}; 选择器替换 / selector overrides: ${pack.siteOverrides.map((override) => `${override.client} v${override.adapterVersion} (${Object.keys(override.lists).join(", ")})`).join("; ") || 0}`,
    ...productStats(pack),
    `默认风险规则 / default wording rules: ${blocked} 条会被拦截（不会被推荐） / blocked (never suggested), ${warned} 条提醒 / warned`,
  ];
}

/** Products (format 3): how many, their SKUs and facts, and the phrases scoped to them or holding. */
export function productStats(pack: Pack): string[] {
  const skus = pack.products.reduce((sum, product) => sum + product.skus.length, 0);
  const facts = pack.products.reduce((sum, product) => sum + Object.keys(product.facts).length, 0);
  const factNames = new Map<string, number>();
  for (const product of pack.products) {
    for (const name of new Set([...Object.keys(product.facts), ...product.skus.flatMap((sku) => Object.keys(sku.facts))])) factNames.set(name, (factNames.get(name) ?? 0) + 1);
  }
  const scoped = pack.phrases.filter((phrase) => phrase.products !== undefined).length;
  const holding = pack.phrases.filter((phrase) => phrase.holding === true).length;
  const withoutScoped = pack.products.filter((product) => !pack.phrases.some((phrase) => phrase.products?.includes(product.name))).length;
  return [
    `商品 / products: ${pack.products.length}; SKU: ${skus}; 参数 / facts: ${facts}（平均 ${(facts / Math.max(1, pack.products.length)).toFixed(1)} / avg per product）`,
    ...[...factNames]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, count]) => `  ${name}: ${count} 个商品 / products`),
    `适用商品的话术 / scoped phrases: ${scoped}; 没有专属话术的商品 / products without one: ${withoutScoped}; 等待回复 / holding replies: ${holding}`,
  ];
}

async function schema(check: boolean, io: PackCliIo): Promise<number> {
  let code = 0;
  for (const [file, text] of [
    [PACK_JSON_SCHEMA_PATH, packJsonSchemaText()],
    [SITE_LISTS_DOC_PATH, siteListsDocText()],
  ] as const) {
    code = Math.max(code, await writeGenerated(file, text, check, io));
  }
  return code;
}

async function writeGenerated(file: string, text: string, check: boolean, io: PackCliIo): Promise<number> {
  const path = `${io.root}/${file}`;
  if (check) {
    let current = '';
    try {
      current = new TextDecoder().decode(await io.readFile(path));
    } catch {
      // A missing file is out of date too.
    }
    if (current === text) {
      io.err(`${file}: 是最新的 / up to date`);
      return 0;
    }
    io.err(`${file}: 过期了，请运行 npm run pack -- schema / out of date; run npm run pack -- schema`);
    return 1;
  }
  await io.writeFile(path, text);
  io.err(`${file}: 已写出 / written`);
  return 0;
}
