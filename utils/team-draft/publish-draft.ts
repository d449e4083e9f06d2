import type { LibraryDb } from '../db/library-db';
import type { callBackground } from '../messaging/background-client';
import { bytesToBase64 } from '../packs/base64';
import { packToJson } from '../packs/pack-to-csv';
import type { Pack } from '../schemas/pack';
import { DraftChangeError, publishablePack } from './apply-draft';
import { discardDraft, readDraft } from './draft-store';

/**
 * 发布新版本: the draft, numbered one version up, installed through the same previewImport and
 * commitImport an import of the file would use (so agents' own phrases, their edits of unlocked
 * phrases, pins and usage stay), then the draft is cleared. Returns the installed pack, which
 * the console offers as JSON and XLSX for the team's subscription host.
 */
export async function publishDraft(call: typeof callBackground, db: LibraryDb, packId: string): Promise<Pack> {
  const { base, changes } = await readDraft(db, packId);
  if (changes.length === 0) throw new DraftChangeError('草稿没有修改，不需要发布 / the draft has no changes to publish');
  const next = publishablePack(base, changes);
  const text = packToJson(next);
  const preview = await call('previewImport', {
    file: { base64: bytesToBase64(new TextEncoder().encode(text)), fileName: `${next.id}-${next.version}.json`, kind: 'json' },
  });
  if (!preview.ok) throw new DraftChangeError(preview.problems.map((problem) => problem.reason).join('\n'));
  if (!preview.preview.canCommit) throw new DraftChangeError(preview.preview.refusal?.message ?? '不能安装这个版本 / this version cannot be installed');
  const committed = await call('commitImport', {
    previewId: preview.previewId,
    pack: preview.pack,
    expectedLibraryVersion: preview.preview.libraryVersion,
    source: `${next.id}-${next.version}.json`,
  });
  if (committed.status === 'refused') throw new DraftChangeError(committed.message);
  await discardDraft(db, packId);
  return next;
}
