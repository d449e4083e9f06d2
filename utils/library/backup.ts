import { z } from 'zod';
import { loadSuggestionCounts, replaceSuggestionCounts, suggestionCountSchema } from '../settings/suggestion-counts-store';
import type { LibraryDb } from '../db/library-db';
import {
  favouriteSchema,
  metaRecordSchema,
  phraseOverrideSchema,
  ruleStatsSchema,
  storedCategorySchema,
  storedPackSchema,
  storedPhraseSchema,
  storedProductSchema,
  storedWordingRuleSchema,
  teamDraftSchema,
  usageRecordSchema,
  type MetaRecord,
} from '../db/records';
import { parseRows } from './parse-rows';
import { writeLibrary } from './write-library';

/** Rows per table a backup may hold: several full packs, years of usage rows. */
const MAX_ROWS = 250_000;
const rows = <S extends z.core.$ZodType>(schema: S) => z.array(schema).max(MAX_ROWS);

/** Meta facts worth restoring; the version stamp is not one (a restore gets a new one). */
const backupMetaSchema = metaRecordSchema.refine((record) => record.key !== 'libraryVersion', {
  error: '备份里不应有 libraryVersion / a backup carries no libraryVersion',
});

/**
 * A full backup of this browser's library: every pack, the agent's own phrases and edits,
 * favourites, usage, suggestion and send-anyway counts, wording rules and flags, and a lead's unpublished
 * team-pack drafts and packs' products (a restore replaces the whole library, so a draft left out would be lost;
 * a backup written before drafts or products existed has none). Format 1.
 */
export const libraryBackupSchema = z.object({
  kind: z.literal('huashu-backup', { error: '这不是话术助手的备份文件 / not a 话术助手 backup file' }),
  format: z.literal(1, { error: '备份格式必须是 1 / backup format must be 1' }),
  exportedAt: z.number(),
  tables: z.object({
    phrases: rows(storedPhraseSchema),
    categories: rows(storedCategorySchema),
    packs: rows(storedPackSchema),
    usage: rows(usageRecordSchema),
    rules: rows(storedWordingRuleSchema),
    phraseOverrides: rows(phraseOverrideSchema),
    favourites: rows(favouriteSchema),
    ruleStats: rows(ruleStatsSchema),
    meta: rows(backupMetaSchema),
    teamDrafts: rows(teamDraftSchema).default([]),
    /** Packs' products (format 3); a backup written before products existed has none. */
    products: rows(storedProductSchema).default([]),
  }),
  /**
   * How often each phrase was suggested (the lead's funnel starts there), kept beside the
   * settings rather than in the database; a backup written before it was carried has none.
   */
  suggestionCounts: rows(suggestionCountSchema).default([]),
}).superRefine((backup, ctx) => {
  const { tables } = backup;
  const keyed: [string, readonly string[]][] = [
    ['phrases', tables.phrases.map((row) => row.uid)],
    ['categories', tables.categories.map((row) => row.id)],
    ['packs', tables.packs.map((row) => row.id)],
    ['usage', tables.usage.map((row) => `${row.phraseUid}\u0000${row.intent}`)],
    ['rules', tables.rules.map((row) => row.uid)],
    ['phraseOverrides', tables.phraseOverrides.map((row) => row.uid)],
    ['favourites', tables.favourites.map((row) => row.uid)],
    ['ruleStats', tables.ruleStats.map((row) => row.ruleUid)],
    ['meta', tables.meta.map((row) => row.key)],
    ['teamDrafts', tables.teamDrafts.map((row) => row.packId)],
    ['products', tables.products.map((row) => row.uid)],
  ];
  for (const [table, keys] of keyed) {
    const seen = new Set<string>();
    keys.forEach((key, index) => {
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['tables', table, index], message: `"${key}" 在 ${table} 里出现了两次 / duplicate key in ${table}` });
      }
      seen.add(key);
    });
  }
});
export type LibraryBackup = z.infer<typeof libraryBackupSchema>;

const byKey = <T>(key: (row: T) => string) => (a: T, b: T) => {
  const left = key(a);
  const right = key(b);
  return left < right ? -1 : left > right ? 1 : 0;
};

/**
 * Reads the whole library in one transaction. Rows are parsed (a damaged row is left out with
 * a warning) and sorted by key, so backing up the same library twice gives the same file
 * apart from `exportedAt`.
 */
export async function createBackup(db: LibraryDb, now: number = Date.now()): Promise<LibraryBackup> {
  const raw = await db.transaction('r', db.tables, async () => ({
    phrases: await db.phrases.toArray(),
    categories: await db.categories.toArray(),
    packs: await db.packs.toArray(),
    usage: await db.usage.toArray(),
    rules: await db.rules.toArray(),
    phraseOverrides: await db.phraseOverrides.toArray(),
    favourites: await db.favourites.toArray(),
    ruleStats: await db.ruleStats.toArray(),
    meta: await db.meta.toArray(),
    teamDrafts: await db.teamDrafts.toArray(),
    products: await db.products.toArray(),
  }));
  return {
    kind: 'huashu-backup',
    format: 1,
    exportedAt: now,
    tables: {
      phrases: parseRows('phrases', raw.phrases, storedPhraseSchema).sort(byKey((row) => row.uid)),
      categories: parseRows('categories', raw.categories, storedCategorySchema).sort(byKey((row) => row.id)),
      packs: parseRows('packs', raw.packs, storedPackSchema).sort(byKey((row) => row.id)),
      usage: parseRows('usage', raw.usage, usageRecordSchema).sort(byKey((row) => `${row.phraseUid}\u0000${row.intent}`)),
      rules: parseRows('rules', raw.rules, storedWordingRuleSchema).sort(byKey((row) => row.uid)),
      phraseOverrides: parseRows('phraseOverrides', raw.phraseOverrides, phraseOverrideSchema).sort(byKey((row) => row.uid)),
      favourites: parseRows('favourites', raw.favourites, favouriteSchema).sort(byKey((row) => row.uid)),
      ruleStats: parseRows('ruleStats', raw.ruleStats, ruleStatsSchema).sort(byKey((row) => row.ruleUid)),
      meta: parseRows('meta', raw.meta, metaRecordSchema)
        .filter((row): row is Exclude<MetaRecord, { key: 'libraryVersion' }> => row.key !== 'libraryVersion')
        .sort(byKey((row) => row.key)),
      teamDrafts: parseRows('teamDrafts', raw.teamDrafts, teamDraftSchema).sort(byKey((row) => row.packId)),
      products: parseRows('products', raw.products, storedProductSchema).sort(byKey((row) => row.uid)),
    },
    suggestionCounts: (await loadSuggestionCounts()).sort(byKey((row) => row.phraseUid)),
  };
}

export function backupToJson(backup: LibraryBackup): string {
  return `${JSON.stringify(backup)}\n`;
}

/** A backup file that cannot be restored; the library was not touched. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

/** Parses a backup file's text, naming the first problems if it is not one. */
export function parseBackup(text: string): LibraryBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new BackupError(`备份文件不是有效的 JSON（${error instanceof Error ? error.message : String(error)}） / the backup is not valid JSON`);
  }
  const parsed = libraryBackupSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new BackupError(`备份文件有误，话术库没有改动 / the backup does not fit format 1; the library is unchanged:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/**
 * Replaces the whole library with the backup, in one transaction: after a failure (or the
 * worker stopping) midway, the library is exactly as before. The restored library gets a new
 * version stamp, so every open index rebuilds.
 */
export async function restoreBackup(db: LibraryDb, backup: LibraryBackup): Promise<void> {
  const { tables, suggestionCounts } = libraryBackupSchema.parse(backup);
  await writeLibrary(db, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await db.phrases.bulkAdd(tables.phrases);
    await db.categories.bulkAdd(tables.categories);
    await db.packs.bulkAdd(tables.packs);
    await db.usage.bulkAdd(tables.usage);
    await db.rules.bulkAdd(tables.rules);
    await db.phraseOverrides.bulkAdd(tables.phraseOverrides);
    await db.favourites.bulkAdd(tables.favourites);
    await db.ruleStats.bulkAdd(tables.ruleStats);
    await db.meta.bulkAdd(tables.meta);
    await db.teamDrafts.bulkAdd(tables.teamDrafts);
    await db.products.bulkAdd(tables.products);
  });
  // After the library's transaction: the counts live in storage.local, outside it. Should this
  // write fail, the library is restored and only the funnel's "suggested" figures are the old ones.
  await replaceSuggestionCounts(suggestionCounts);
}
