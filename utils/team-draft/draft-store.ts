import { z } from 'zod';
import type { LibraryDb } from '../db/library-db';
import { teamDraftSchema, type TeamDraft } from '../db/records';
import { readInstalledPack } from '../library/read-installed-pack';
import type { Pack } from '../schemas/pack';
import { draftChangeSchema, type DraftChange } from '../schemas/team-draft';
import { applyDraftChanges, DraftChangeError, fieldOf } from './apply-draft';

/** A draft as the console shows it: the installed pack, the changes and the pack they make. */
export interface DraftView {
  base: Pack;
  /** The installed version when the draft was started; differs from `base.version` if the pack was updated since. */
  baseVersion: string;
  changes: DraftChange[];
  draft: Pack;
}

async function installedPack(db: LibraryDb, packId: string): Promise<Pack> {
  const installed = await readInstalledPack(db, packId);
  if (!installed?.record) throw new DraftChangeError(`没有安装话术包 "${packId}"；先导入它再编辑草稿 / pack "${packId}" is not installed`);
  return installed.pack;
}

async function storedDraft(db: LibraryDb, packId: string): Promise<TeamDraft | undefined> {
  const parsed = teamDraftSchema.safeParse(await db.teamDrafts.get(packId));
  return parsed.success ? parsed.data : undefined;
}

/**
 * The draft of a team pack; with no changes yet, the installed pack itself. A draft whose
 * changes no longer apply (the pack was replaced by one without those phrases) reads as the
 * error, so the console can offer 放弃草稿 rather than show a wrong list.
 */
export async function readDraft(db: LibraryDb, packId: string): Promise<DraftView> {
  const [base, stored] = await Promise.all([installedPack(db, packId), storedDraft(db, packId)]);
  const changes = stored?.changes ?? [];
  return { base, baseVersion: stored?.baseVersion ?? base.version, changes, draft: applyDraftChanges(base, changes) };
}

/**
 * Adds one change to the draft, after checking that the whole draft with it still fits the pack
 * format; a change that does not is refused and nothing is saved. The installed pack and the
 * library the agents' suggestions come from are not touched.
 */
export async function addDraftChange(db: LibraryDb, packId: string, change: DraftChange, now: number = Date.now()): Promise<DraftView> {
  const parsedChange = draftChangeSchema.safeParse(change);
  if (!parsedChange.success) {
    const issue = parsedChange.error.issues[0];
    throw new DraftChangeError(issue?.message ?? z.prettifyError(parsedChange.error), fieldOf(issue?.path ?? []));
  }
  const current = await readDraft(db, packId);
  const changes = [...current.changes, parsedChange.data];
  const draft = applyDraftChanges(current.base, changes);
  await saveChanges(db, packId, current.baseVersion, changes, now);
  return { ...current, changes, draft };
}

/** 撤销: the draft without its last change. */
export async function undoDraftChange(db: LibraryDb, packId: string, now: number = Date.now()): Promise<DraftView> {
  const current = await readDraft(db, packId);
  const changes = current.changes.slice(0, -1);
  await saveChanges(db, packId, current.baseVersion, changes, now);
  return { ...current, changes, draft: applyDraftChanges(current.base, changes) };
}

/** 放弃草稿 (and what 发布新版本 does once the draft is installed). */
export async function discardDraft(db: LibraryDb, packId: string): Promise<void> {
  await db.teamDrafts.delete(packId);
}

/** Packs with unpublished changes, and how many. */
export async function draftCounts(db: LibraryDb): Promise<Map<string, number>> {
  const rows = await db.teamDrafts.toArray();
  return new Map(rows.flatMap((row) => {
    const parsed = teamDraftSchema.safeParse(row);
    return parsed.success && parsed.data.changes.length > 0 ? [[parsed.data.packId, parsed.data.changes.length] as const] : [];
  }));
}

async function saveChanges(db: LibraryDb, packId: string, baseVersion: string, changes: DraftChange[], now: number): Promise<void> {
  if (changes.length === 0) {
    await db.teamDrafts.delete(packId);
    return;
  }
  await db.teamDrafts.put(teamDraftSchema.parse({ packId, baseVersion, changes, updatedAt: now }));
}
