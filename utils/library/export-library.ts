import type { LibraryDb } from '../db/library-db';
import type { StoredWordingRule } from '../db/records';
import { csvText } from '../packs/csv-text';
import { dateVersion } from '../packs/pack-metadata';
import { NEWEST_PACK_FORMAT, type Pack } from '../schemas/pack';
import { PERSONAL_PACK_ID } from '../schemas/phrase';
import { readInstalledPack } from './read-installed-pack';
import { listFlaggedRules } from './risky-wording-rules-store';

/** Exporting something that is not there. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}

/** An installed pack as a pack file (the newest format) (its own wording, not agents' edits), ready for packToJson / packToCsv. */
export async function exportPack(db: LibraryDb, packId: string): Promise<Pack> {
  const installed = await readInstalledPack(db, packId);
  if (!installed) throw new ExportError(`没有安装话术包 "${packId}" / pack "${packId}" is not installed`);
  return installed.pack;
}

/**
 * The agent's own phrases as a pack file (id "personal"), e.g. to hand good ones to the lead.
 * To move them to another browser, use a backup: a pack with this id is not imported.
 */
export async function exportPersonalPhrases(db: LibraryDb, now: number = Date.now()): Promise<Pack> {
  const installed = await readInstalledPack(db, PERSONAL_PACK_ID);
  const base = installed?.pack;
  return {
    format: NEWEST_PACK_FORMAT,
    id: PERSONAL_PACK_ID,
    name: '我的话术',
    version: dateVersion(new Date(now)),
    author: '客服',
    language: 'zh-CN',
    categories: base?.categories ?? [],
    topics: base?.topics ?? [],
    phrases: base?.phrases ?? [],
    rules: [],
    sites: [],
    siteOverrides: [],
    locked: { phrases: [], rules: [] },
    products: [],
  };
}

export interface FlagsExport {
  kind: 'huashu-flags';
  format: 1;
  exportedAt: number;
  flags: StoredWordingRule[];
}

/** Wording agents flagged on this browser, with the lead's decision so far. */
export async function exportFlags(db: LibraryDb, now: number = Date.now()): Promise<FlagsExport> {
  return { kind: 'huashu-flags', format: 1, exportedAt: now, flags: await listFlaggedRules(db) };
}

export function flagsToCsv(flags: readonly StoredWordingRule[]): string {
  return csvText([
    ['规则编号', '标记词', '类别', '原因', '状态', '标记时间'],
    ...flags.map((flag) => [flag.uid, flag.terms.join('|'), flag.category, flag.note ?? flag.reason['zh-CN'], flag.status, isoTime(flag.createdAt)]),
  ]);
}

export function isoTime(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
