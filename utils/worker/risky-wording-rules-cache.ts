import type { LibraryDb } from '../db/library-db';
import { readLibraryVersion } from '../db/meta';
import type { StoredWordingRule } from '../db/records';
import { readAllRules, seedDefaultWordingRules, selectActiveRules } from '../library/risky-wording-rules-store';
import type { ServedWordingRule } from '../messaging/protocol';
import { logQuietly } from '../page/quiet-errors';
import { compileRules, WordingRulesError, type CompiledWordingRules } from '../risky-wording/compile-rules';

/** The active rules of one library version, as served to pages and compiled for checkDraft. */
export interface ActiveWordingRules {
  readonly version: string | null;
  readonly served: readonly ServedWordingRule[];
  readonly compiled: CompiledWordingRules;
}

export interface WordingRulesCache {
  /** The active rules as the library stands now; read and compiled again only after a library write. */
  current(): Promise<ActiveWordingRules>;
}

function servedRule(row: StoredWordingRule): ServedWordingRule {
  const { uid, packId: _packId, status: _status, createdAt: _createdAt, note: _note, ...rule } = row;
  return { uid, rule };
}

/**
 * Compiles the rows; a row that will not compile (a future build's rule this one cannot read)
 * is left out with a warning instead of switching every check off.
 */
function compileUsable(rows: readonly StoredWordingRule[]): { rows: StoredWordingRule[]; compiled: CompiledWordingRules } {
  try {
    return { rows: [...rows], compiled: compileRules(rows) };
  } catch (error) {
    if (!(error instanceof WordingRulesError)) throw error;
    const usable = rows.filter((row) => {
      try {
        compileRules([row]);
        return true;
      } catch {
        return false;
      }
    });
    logQuietly(`wording rules: left out ${rows.length - usable.length} rule(s) that do not compile`, error);
    return { rows: usable, compiled: compileRules(usable) };
  }
}

/**
 * Keeps the active wording rules compiled in the service worker between requests, keyed by the
 * library's version stamp (every write — a flag, an import, a lead's decision — bumps it). Every
 * call reads the stamp (one small read); nothing lives only here, so a restarted worker simply
 * reads and compiles again.
 */
export function createWordingRulesCache(db: LibraryDb): WordingRulesCache {
  let built: ActiveWordingRules | undefined;
  let building: { version: string | null; rules: Promise<ActiveWordingRules> } | undefined;

  async function build(): Promise<ActiveWordingRules> {
    await seedDefaultWordingRules(db);
    // Rows and stamp read together, so the rules are labelled with the version they belong to.
    const { version, rows } = await db.transaction('r', db.rules, db.meta, async () => ({
      version: await readLibraryVersion(db),
      rows: selectActiveRules(await readAllRules(db)),
    }));
    const usable = compileUsable(rows);
    const rules: ActiveWordingRules = { version, served: usable.rows.map(servedRule), compiled: usable.compiled };
    built = rules;
    return rules;
  }

  return {
    async current() {
      const version = await readLibraryVersion(db);
      if (built && built.version === version) return built;
      if (building && building.version === version) return building.rules;
      const rules = build();
      building = { version, rules };
      try {
        return await rules;
      } finally {
        if (building?.rules === rules) building = undefined;
      }
    },
  };
}
