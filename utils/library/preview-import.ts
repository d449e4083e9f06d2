import type { LibraryDb } from '../db/library-db';
import { readLibraryVersion } from '../db/meta';
import { LOCAL_RULES_PACK_ID, DEFAULT_RULES_PACK_ID, phraseOverrideSchema, type StoredWordingRule } from '../db/records';
import { compareVersions } from '../packs/compare-versions';
import type { ImportProblem } from '../packs/import-problem';
import type { ImportPreview, RiskyPhrase } from '../packs/import-preview';
import { diffPacks } from '../packs/pack-diff';
import type { Pack } from '../schemas/pack';
import { PERSONAL_PACK_ID, phraseUid } from '../schemas/phrase';
import { checkWording } from '../risky-wording/check-wording';
import { parseRows } from './parse-rows';
import { readInstalledPack } from './read-installed-pack';
import { ruleUid } from '../schemas/rule-uid';
import { compileUsableRules, readAllRules, selectActiveRules } from './risky-wording-rules-store';

/** A parsed file, ready to preview: the pack of its valid rows and what was left out. */
export interface ParsedPack {
  pack: Pack;
  invalid: ImportProblem[];
  notices: string[];
}

export interface PreviewOptions {
  /** Install even though the file is an older version than the installed one. */
  force?: boolean | undefined;
}

/** Ids the library uses for its own rows: agents' phrases, agents' flags, the shipped rules. */
export const RESERVED_PACK_IDS: ReadonlySet<string> = new Set([PERSONAL_PACK_ID, LOCAL_RULES_PACK_ID, DEFAULT_RULES_PACK_ID]);

/**
 * What importing this pack would change, computed from reads only: the library is not written
 * until the lead confirms (commitImport), and the preview carries the version stamp it saw.
 */
export async function previewImport(db: LibraryDb, parsed: ParsedPack, options: PreviewOptions = {}): Promise<ImportPreview> {
  // The stamp first: a write landing after it makes the stamp stale, so a commit is refused, never wrong.
  const libraryVersion = await readLibraryVersion(db);
  const { pack } = parsed;
  const installed = await readInstalledPack(db, pack.id);
  const diff = diffPacks(installed?.pack, pack);
  const upgrade = installed?.record === undefined ? 'new' : versionRelation(pack.version, installed.record.version);
  const refusal = refusalFor(pack, installed?.record?.version, upgrade, options.force === true);
  const overrideRows = parseRows('phraseOverrides', await db.phraseOverrides.where('uid').startsWith(`${pack.id}/`).toArray(), phraseOverrideSchema);
  const incomingUids = new Set(pack.phrases.map((phrase) => phraseUid(pack.id, phrase.id)));
  const lockedUids = new Set(pack.locked.phrases.map((id) => phraseUid(pack.id, id)));
  const overrideView = (row: { uid: string; text: string }) => ({ uid: row.uid, text: row.text });

  return {
    ...diff,
    pack: {
      id: pack.id,
      name: pack.name,
      version: pack.version,
      author: pack.author,
      ...(pack.description === undefined ? {} : { description: pack.description }),
      phraseCount: pack.phrases.length,
      categoryCount: pack.categories.length,
      ruleCount: pack.rules.length,
      siteCount: pack.sites.length,
      lockedPhraseCount: pack.locked.phrases.length,
      lockedRuleCount: pack.locked.rules.length,
      productCount: pack.products.length,
      skuCount: pack.products.reduce((sum, product) => sum + product.skus.length, 0),
      scopedPhraseCount: pack.phrases.filter((phrase) => phrase.products !== undefined).length,
      overrideClients: pack.siteOverrides.map((override) => override.client),
    },
    installed: installed?.record === undefined ? null : { name: installed.record.name, version: installed.record.version },
    upgrade,
    invalid: parsed.invalid,
    risky: riskyPhrases(pack, await readAllRules(db)),
    overrides: {
      kept: overrideRows.filter((row) => incomingUids.has(row.uid) && !lockedUids.has(row.uid)).map(overrideView),
      dropped: overrideRows.filter((row) => lockedUids.has(row.uid)).map(overrideView),
    },
    possibleUpgradeOf: upgrade === 'new' ? await packsSharingPhrases(db, pack) : [],
    notices: parsed.notices,
    refusal,
    canCommit: refusal === null,
    libraryVersion,
  };
}

function versionRelation(incoming: string, installed: string): ImportPreview['upgrade'] {
  const order = compareVersions(incoming, installed);
  return order > 0 ? 'newer' : order === 0 ? 'same' : 'older';
}

export function refusalFor(pack: Pack, installedVersion: string | undefined, upgrade: ImportPreview['upgrade'], force: boolean): ImportPreview['refusal'] {
  if (RESERVED_PACK_IDS.has(pack.id)) {
    return {
      code: 'reserved-id',
      message: `话术包 id "${pack.id}" 是保留的（客服自己的话术和标记用它）；请换一个，例如 "team-${pack.id}" / pack id "${pack.id}" is reserved; pick another`,
    };
  }
  if (upgrade === 'older' && !force) {
    return {
      code: 'older-version',
      message: `已安装的「${pack.name}」是 ${installedVersion ?? '?'} 版，这个文件是更旧的 ${pack.version} 版；确实要换回旧版请选择强制导入 / version ${pack.version} is older than the installed ${installedVersion ?? '?'}; import with force to go back`,
    };
  }
  return null;
}

/** The file's phrases checked against the rules as they would be after the import. */
function riskyPhrases(pack: Pack, storedRules: readonly StoredWordingRule[]): RiskyPhrase[] {
  const others = selectActiveRules(storedRules.filter((rule) => rule.packId !== pack.id));
  const incoming: StoredWordingRule[] = pack.rules.map((rule) => ({
    ...rule,
    uid: ruleUid(pack.id, rule.id),
    packId: pack.id,
    status: 'active',
    locked: pack.locked.rules.includes(rule.id),
    createdAt: 0,
  }));
  const rules = compileUsableRules([...others, ...incoming]);
  return pack.phrases.flatMap((phrase): RiskyPhrase[] => {
    const findings = checkWording(rules, phrase.text);
    if (findings.length === 0) return [];
    return [
      {
        id: phrase.id,
        text: phrase.text,
        blocked: findings.some((finding) => finding.severity === 'block'),
        findings: findings.map(({ ruleId, category, severity, matchedText, reason }) => ({ ruleId, category, severity, matchedText, reason })),
      },
    ];
  });
}

/** Installed packs holding at least half of this file's phrase ids (e.g. the same sheet under another name). */
async function packsSharingPhrases(db: LibraryDb, pack: Pack): Promise<string[]> {
  const uids = await db.phrases.toCollection().primaryKeys();
  const ids = new Set(pack.phrases.map((phrase) => phrase.id));
  const shared = new Map<string, number>();
  for (const uid of uids) {
    const slash = uid.indexOf('/');
    const packId = uid.slice(0, slash);
    if (packId === pack.id || packId === PERSONAL_PACK_ID || !ids.has(uid.slice(slash + 1))) continue;
    shared.set(packId, (shared.get(packId) ?? 0) + 1);
  }
  return [...shared].filter(([, count]) => count * 2 >= ids.size).sort((a, b) => b[1] - a[1]).map(([packId]) => packId);
}
