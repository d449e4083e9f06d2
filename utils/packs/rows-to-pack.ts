import { CHINESE_CATEGORY_LABELS, isBuiltInCategoryId, type Category } from '../schemas/category';
import { packSchema, type Pack, type PackInput } from '../schemas/pack';
import { orderStateNamed, type OrderState } from '../schemas/order-state';
import { packPhraseSchema, type PackPhrase } from '../schemas/phrase';
import { BUILT_IN_TOPICS } from '../schemas/built-in-topics';
import type { Topic } from '../schemas/topic';
import { ImportFailure, type ImportProblem } from './import-problem';
import { IMPORT_LIMITS } from './limits';
import { packMetadata, type PackMetadataOptions } from './pack-metadata';
import { shortHash } from './short-hash';
import { ProductRefs, type SheetProducts } from './product-refs';
import {
  LIST_SEPARATOR,
  SPREADSHEET_COLUMNS,
  readHolding,
  SPREADSHEET_FIELDS,
  columnLetter,
  fieldForHeader,
  type SpreadsheetField,
} from './spreadsheet-columns';
import { zodIssueProblems } from './zod-problems';

/** A cell as a CSV parser or an XLSX reader hands it over. */
export type Cell = string | number | boolean | Date | null | undefined;

export interface SheetImport {
  /** The phrases of every valid row; rows with problems are left out and listed in `invalid`. */
  pack: Pack;
  invalid: ImportProblem[];
  notices: string[];
}

interface HeaderMap {
  /** Row index (0-based) of the header; Excel shows it as row `headerIndex + 1`. */
  headerIndex: number;
  columnOf: Map<SpreadsheetField, number>;
  headerOf: Map<SpreadsheetField, string>;
  notices: string[];
}

/**
 * Turns a phrase spreadsheet (rows of cells, as read from CSV or XLSX) into a pack, following
 * docs/design-notes.md "Phrase spreadsheets". Each row is checked on its own: a bad row is reported with
 * its Excel row number, column and an example, and the rest still make a pack. Problems with
 * the sheet as a whole (no header, no text column, too many rows) throw ImportFailure.
 */
export interface SheetOptions extends PackMetadataOptions {
  /** Categories the library already has: a label naming one of them reuses its id instead of a new one. */
  knownCategories?: readonly Category[] | undefined;
}

/** `sheetProducts`: the products sheet as read (rows-to-products.ts), which 适用商品 cells name. */
export function rowsToPack(rows: readonly (readonly Cell[])[], options: SheetOptions = {}, sheetProducts?: SheetProducts): SheetImport {
  const metadata = packMetadata(options);
  if (rows.length > IMPORT_LIMITS.rows) {
    throw new ImportFailure([
      {
        reason: `表格有 ${rows.length} 行，最多 ${IMPORT_LIMITS.rows} 行（${IMPORT_LIMITS.phrases} 条话术）；请拆成几个文件 / at most ${IMPORT_LIMITS.rows} rows; split the file`,
      },
    ]);
  }
  const header = readHeader(rows);
  const categories = new CustomCategories(options.knownCategories ?? []);
  const topics = new SheetTopics();
  const phraseIds = new PhraseIds();
  const invalid: ImportProblem[] = [];
  const phrases: PackPhrase[] = [];
  const lockedIds: string[] = [];
  const productRefs = new ProductRefs(sheetProducts ?? { products: [], failed: new Map(), sheet: '' });

  for (let index = header.headerIndex + 1; index < rows.length; index++) {
    const cells = (rows[index] ?? []).map(cellText);
    if (cells.every((cell) => cell.trim() === '')) continue;
    const row = index + 1;
    const read = (field: SpreadsheetField): string => {
      const column = header.columnOf.get(field);
      return column === undefined ? '' : (cells[column] ?? '');
    };
    const problem = (field: SpreadsheetField, reason: string): ImportProblem => ({
      row,
      column: header.headerOf.get(field) ?? SPREADSHEET_COLUMNS[field].headers[0],
      reason,
      example: SPREADSHEET_COLUMNS[field].example,
    });

    const rowProblems: ImportProblem[] = [];
    for (const field of SPREADSHEET_FIELDS) {
      if (read(field).length > IMPORT_LIMITS.cellChars) {
        rowProblems.push(problem(field, `这一格超过 ${IMPORT_LIMITS.cellChars} 个字符 / this cell is longer than ${IMPORT_LIMITS.cellChars} characters`));
      }
    }
    if (rowProblems.length > 0) {
      invalid.push(...rowProblems);
      continue;
    }

    const category = categories.idFor(read('category').trim());
    if ('problem' in category) rowProblems.push(problem('category', category.problem));
    const locked = readLocked(read('locked'));
    if (locked === undefined) rowProblems.push(problem('locked', '锁定一栏只能填 是 或 否（留空即不锁定） / "locked" is yes or no'));
    const topicLabel = read('topic').trim();
    const topic = topicLabel === '' || !('id' in category) ? undefined : topics.idFor(category.id, topicLabel);
    if (topic && 'problem' in topic) rowProblems.push(problem('topic', topic.problem));
    const requires = readRequires(read('requires'));
    if ('problem' in requires) rowProblems.push(problem('requires', requires.problem));
    const holding = readHolding(read('holding'));
    if (holding === undefined) rowProblems.push(problem('holding', '话术类型只能填 等待回复 或留空（答复） / "holding" is 等待回复 (a holding reply) or empty'));
    const scope = productRefs.resolve(unescapeFormula(read('products')));
    if ('problem' in scope) rowProblems.push(problem('products', scope.problem));
    const text = unescapeFormula(read('text'));
    const explicitId = read('id').trim();
    const shortcut = read('shortcut').trim().toLowerCase();
    // The row's other fields are checked even when it has no id (one is made from the text
    // below) or its category was refused (already reported): stand-ins keep those checks going.
    const candidate = {
      id: explicitId || 'generated-later',
      text,
      category: 'id' in category ? category.id : 'greeting',
      triggers: splitList(read('triggers')),
      ...(shortcut === '' ? {} : { shortcut }),
      tags: splitList(read('tags')),
      ...(topic && 'id' in topic ? { topic: topic.id } : {}),
      ...('states' in requires && requires.states.length > 0 ? { requires: requires.states } : {}),
      ...('names' in scope && scope.names.length > 0 ? { products: scope.names } : {}),
      ...(holding === true ? { holding: true } : {}),
    };
    const parsed = packPhraseSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldOfIssuePath(issue.path[0]);
        rowProblems.push(problem(field, issue.message));
      }
    }
    if (explicitId !== '' && phraseIds.isTaken(explicitId)) {
      rowProblems.push(problem('id', `编号 "${explicitId}" 和第 ${phraseIds.rowOf(explicitId)} 行重复；每条话术的编号必须唯一 / duplicate id, first used in row ${phraseIds.rowOf(explicitId)}`));
    }
    if (rowProblems.length > 0 || !parsed.success || 'problem' in category) {
      invalid.push(...rowProblems);
      continue;
    }
    const id = explicitId || phraseIds.generate(parsed.data.text);
    phraseIds.claim(id, row);
    phrases.push({ ...parsed.data, id });
    if (locked) lockedIds.push(id);
  }

  const notices = [...header.notices];
  if (!header.columnOf.has('id')) {
    notices.push(
      '表格没有「编号」列：每条话术的编号由内容生成，改过文字的话术在下一版里会算作删除后新增（使用次数从零开始）；加一列「编号」可避免 / no "id" column: ids come from the text, so an edited phrase counts as removed and added',
    );
  }
  if (phrases.length === 0) {
    throw new ImportFailure([
      ...invalid,
      { reason: '表格里没有一行有效的话术；表头下面每行写一条，例如 分类=问候，话术=亲，在的～ / the sheet has no valid phrase rows' },
    ]);
  }
  const products = sheetProducts?.products ?? [];
  const input: PackInput = {
    // Format 3 only when the sheet uses it, so a format-2 sheet still makes a format-2 pack.
    format: products.length > 0 || phrases.some((phrase) => phrase.products !== undefined || phrase.holding !== undefined) ? 3 : 2,
    ...metadata,
    categories: categories.declared(),
    topics: topics.declared(),
    phrases,
    locked: { phrases: lockedIds, rules: [] },
    products: [...products],
  };
  const pack = packSchema.safeParse(input);
  if (!pack.success) throw new ImportFailure(zodIssueProblems(pack.error.issues));
  return { pack: pack.data, invalid, notices };
}

function readHeader(rows: readonly (readonly Cell[])[]): HeaderMap {
  const headerIndex = rows.findIndex((row) => row.some((cell) => cellText(cell).trim() !== ''));
  if (headerIndex === -1) {
    throw new ImportFailure([{ row: 1, reason: '文件是空的；第一行应是表头 / the file is empty; the first row must be the header', example: '分类,话术,买家问法' }]);
  }
  const cells = (rows[headerIndex] ?? []).map(cellText);
  const row = headerIndex + 1;
  if (cells.length > IMPORT_LIMITS.columns) {
    throw new ImportFailure([{ row, reason: `表头有 ${cells.length} 列，最多 ${IMPORT_LIMITS.columns} 列 / at most ${IMPORT_LIMITS.columns} columns` }]);
  }
  const columnOf = new Map<SpreadsheetField, number>();
  const headerOf = new Map<SpreadsheetField, string>();
  const problems: ImportProblem[] = [];
  const unknown: string[] = [];
  cells.forEach((raw, column) => {
    const text = raw.trim();
    if (text === '') return;
    const field = fieldForHeader(text);
    if (field === undefined) {
      unknown.push(`${text}（${columnLetter(column)} 列）`);
      return;
    }
    const earlier = columnOf.get(field);
    if (earlier !== undefined) {
      problems.push({
        row,
        column: text,
        reason: `「${text}」和 ${columnLetter(earlier)} 列「${headerOf.get(field) ?? ''}」是同一栏；每栏只能出现一次 / the same column appears twice`,
      });
      return;
    }
    columnOf.set(field, column);
    headerOf.set(field, text);
  });
  for (const field of SPREADSHEET_FIELDS) {
    const spec = SPREADSHEET_COLUMNS[field];
    if (spec.required && !columnOf.has(field)) {
      problems.push({
        row,
        column: spec.headers[0],
        reason: `第一行（表头）缺少「${spec.headers.join('」或「')}」列；表头下面每行写一条话术 / the header row has no "${field}" column`,
        example: '分类,话术,买家问法,快捷编码,标签',
      });
    }
  }
  if (problems.length > 0) throw new ImportFailure(problems);
  const notices =
    unknown.length === 0 ? [] : [`忽略了这些列（不认识表头）：${unknown.join('、')} / ignored columns with unknown headers: ${unknown.join(', ')}`];
  return { headerIndex, columnOf, headerOf, notices };
}

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
}

function splitList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const LOCKED_YES = new Set(['是', '锁定', 'y', 'yes', 'true', '1', '√', '✓']);
const LOCKED_NO = new Set(['', '否', '不锁定', 'n', 'no', 'false', '0']);

function readLocked(cell: string): boolean | undefined {
  const value = cell.trim().toLowerCase();
  if (LOCKED_YES.has(value)) return true;
  if (LOCKED_NO.has(value)) return false;
  return undefined;
}

/** Exports write `'=…` for text starting with = + - @ so Excel shows it instead of running it; read it back as written. */
export function unescapeFormula(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

function fieldOfIssuePath(key: PropertyKey | undefined): SpreadsheetField {
  switch (key) {
    case 'id':
    case 'category':
    case 'triggers':
    case 'shortcut':
    case 'tags':
    case 'topic':
    case 'requires':
    case 'products':
    case 'holding':
      return key;
    default:
      return 'text';
  }
}

/** An ASCII label as an id part (`Tea Brewing` → `tea-brewing`); '' for a label in Chinese. */
function asciiSlug(label: string): string {
  return /^[\x20-\x7e]+$/.test(label) ? label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 30) : '';
}

/** Labels that are not built-in categories become this pack's own, with ids made from the label. */
class CustomCategories {
  private readonly byLabel = new Map<string, Category>();
  private readonly usedIds = new Set<string>();
  private readonly known = new Map<string, Category>();

  constructor(known: readonly Category[]) {
    for (const category of known) {
      if (isBuiltInCategoryId(category.id)) continue;
      for (const label of [category.labels['zh-CN'], category.labels.en, category.id]) {
        if (label !== undefined && !this.known.has(label)) this.known.set(label, category);
      }
    }
  }

  idFor(label: string): { id: string } | { problem: string } {
    if (label === '') return { problem: '分类不能为空 / category is required' };
    if (Object.hasOwn(CHINESE_CATEGORY_LABELS, label)) {
      const builtIn = CHINESE_CATEGORY_LABELS[label];
      if (builtIn !== undefined) return { id: builtIn };
    }
    const lower = label.toLowerCase();
    if (isBuiltInCategoryId(lower)) return { id: lower };
    if (label.length > 40) return { problem: '分类名称最长 40 个字符 / a category name is at most 40 characters' };
    const known = this.byLabel.get(label);
    if (known) return { id: known.id };
    if (this.byLabel.size >= IMPORT_LIMITS.categories) {
      return { problem: `一个包最多 ${IMPORT_LIMITS.categories} 个分类 / at most ${IMPORT_LIMITS.categories} categories per pack` };
    }
    const existing = this.known.get(label);
    if (existing && !this.usedIds.has(existing.id)) {
      this.usedIds.add(existing.id);
      this.byLabel.set(label, { id: existing.id, labels: existing.labels });
      return { id: existing.id };
    }
    const id = this.newId(label);
    this.byLabel.set(label, { id, labels: { 'zh-CN': label } });
    return { id };
  }

  declared(): Category[] {
    return [...this.byLabel.values()];
  }

  private newId(label: string): string {
    const slug = asciiSlug(label);
    const knownIds = new Set([...this.known.values()].map((category) => category.id));
    let id = slug !== '' && !isBuiltInCategoryId(slug) && !knownIds.has(slug) ? slug : `c-${shortHash(label)}`;
    if (this.usedIds.has(id)) id = `${id.slice(0, 30)}-${shortHash(label)}`;
    this.usedIds.add(id);
    return id;
  }
}

/** 适用状态: order states by their Chinese or English names, joined like any list. */
function readRequires(cell: string): { states: OrderState[] } | { problem: string } {
  const states: OrderState[] = [];
  for (const name of splitList(cell)) {
    const state = orderStateNamed(name);
    if (state === undefined) {
      return { problem: `不认识适用状态 "${name}"；可填 已下单、已付款、已发货、已签收、已申请退款、已退款、已开票（用 | 隔开） / unknown order state "${name}"` };
    }
    if (!states.includes(state)) states.push(state);
  }
  return { states };
}

/**
 * 子类 labels under each row's category: a built-in topic by its Chinese or English name (or
 * id), else a topic this sheet declares, with an id made from the label.
 */
class SheetTopics {
  private readonly declaredByKey = new Map<string, Topic>();

  idFor(category: string, label: string): { id: string } | { problem: string } {
    if (label.length > 40) return { problem: '子类名称最长 40 个字符 / a topic name is at most 40 characters' };
    const builtIn = BUILT_IN_TOPICS.find(
      (topic) => topic.category === category && (topic.labels['zh-CN'] === label || topic.labels.en?.toLowerCase() === label.toLowerCase() || topic.id === label),
    );
    if (builtIn) return { id: builtIn.id };
    const key = `${category}\u0000${label}`;
    const known = this.declaredByKey.get(key);
    if (known) return { id: known.id };
    if (this.declaredByKey.size >= IMPORT_LIMITS.topics) return { problem: `一个包最多 ${IMPORT_LIMITS.topics} 个子类 / at most ${IMPORT_LIMITS.topics} topics per pack` };
    const slug = asciiSlug(label);
    const taken = new Set([...BUILT_IN_TOPICS.map((topic) => topic.id), ...[...this.declaredByKey.values()].map((topic) => topic.id)]);
    let id = `${category}.${slug !== '' ? slug : `t-${shortHash(label)}`}`;
    if (taken.has(id)) id = `${category}.t-${shortHash(label)}`;
    const topic: Topic = { id, category, labels: { 'zh-CN': label } };
    this.declaredByKey.set(key, topic);
    return { id };
  }

  declared(): Topic[] {
    return [...this.declaredByKey.values()];
  }
}

/** Phrase ids within one sheet: explicit ones must be unique, generated ones are made unique. */
class PhraseIds {
  private readonly rows = new Map<string, number>();

  isTaken(id: string): boolean {
    return this.rows.has(id);
  }

  rowOf(id: string): number | undefined {
    return this.rows.get(id);
  }

  claim(id: string, row: number): void {
    this.rows.set(id, row);
  }

  /** From the text, so the same phrase keeps its id in the next version of the sheet. */
  generate(text: string): string {
    const base = `p-${shortHash(text)}`;
    let id = base;
    for (let n = 2; this.rows.has(id); n++) id = `${base}-${n}`;
    return id;
  }
}
