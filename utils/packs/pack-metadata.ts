import { packIdSchema, packVersionSchema } from '../schemas/pack';
import { ImportFailure, type ImportProblem } from './import-problem';
import { shortHash } from './short-hash';

/** A spreadsheet carries no pack metadata: the import dialog or the CLI flags give it. */
export interface PackMetadataOptions {
  id?: string | undefined;
  name?: string | undefined;
  version?: string | undefined;
  author?: string | undefined;
  description?: string | undefined;
  language?: 'zh-CN' | 'en' | undefined;
  /** The imported file's name: the default name and id come from it. */
  fileName?: string | undefined;
  /** Today, for the default version (tests fix it). */
  today?: Date | undefined;
}

export interface PackMetadata {
  id: string;
  name: string;
  version: string;
  author: string;
  description?: string;
  language: 'zh-CN' | 'en';
}

const DEFAULT_AUTHOR = '团队主管';

/**
 * Fills in what the lead did not give: the name from the file name ("茶叶店话术.xlsx" → 茶叶店话术),
 * the id from the name (ASCII names become a slug, others a stable hash: "sheet-1a2b3c4d"), the
 * version from today's date ("2026.11.23"). What they did give is checked, and a bad value names
 * the option it came from.
 */
export function packMetadata(options: PackMetadataOptions): PackMetadata {
  const baseName = withoutVersionSuffix((options.fileName ?? '').replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').trim());
  const name = (options.name ?? '').trim() || baseName.slice(0, 80) || '导入的话术';
  const id = options.id?.trim() || idFromName(name);
  const version = options.version?.trim() || dateVersion(options.today ?? new Date());
  const author = (options.author ?? '').trim() || DEFAULT_AUTHOR;
  const problems: ImportProblem[] = [];
  const idCheck = packIdSchema.safeParse(id);
  if (!idCheck.success) problems.push({ column: '--id', reason: idCheck.error.issues[0]?.message ?? 'invalid id', example: 'tea-shop' });
  const versionCheck = packVersionSchema.safeParse(version);
  if (!versionCheck.success) {
    problems.push({ column: '--version', reason: versionCheck.error.issues[0]?.message ?? 'invalid version', example: '2026.11.23' });
  }
  if (name.length > 80) problems.push({ column: '--name', reason: '名称最长 80 个字符 / a name is at most 80 characters', example: '茶叶店话术' });
  if (author.length > 80) problems.push({ column: '--author', reason: '作者最长 80 个字符 / an author is at most 80 characters', example: '客服主管' });
  if (problems.length > 0) throw new ImportFailure(problems);
  const description = options.description?.trim();
  return {
    id,
    name,
    version,
    author,
    ...(description ? { description: description.slice(0, 2000) } : {}),
    language: options.language ?? 'zh-CN',
  };
}

/**
 * "茶叶店话术-v2" and "tea-shop_2026.11.23" name the same pack as "茶叶店话术" and "tea-shop": the
 * next version of a sheet must land on the pack the last one installed.
 */
function withoutVersionSuffix(name: string): string {
  const stripped = name.replace(/[\s_-]*(v\d+([._]\d+)*|\d{4}[-._]?\d{1,2}[-._]?\d{1,2})$/i, '').trim();
  return stripped === '' ? name : stripped;
}

function idFromName(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return /^[a-z0-9]/.test(slug) && /^[\x20-\x7e]+$/.test(name) ? slug : `sheet-${shortHash(name)}`;
}

/** "2026.11.23": sorts like a version, reads like a date. */
export function dateVersion(day: Date): string {
  return `${day.getFullYear()}.${day.getMonth() + 1}.${day.getDate()}`;
}
