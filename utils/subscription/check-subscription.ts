import type { LibraryDb } from '../db/library-db';
import { readLibraryVersion } from '../db/meta';
import { storedCategorySchema } from '../db/records';
import { commitImport, ImportCommitError } from '../library/commit-import';
import { parseRows } from '../library/parse-rows';
import { previewImport } from '../library/preview-import';
import type { ImportPreview } from '../packs/import-preview';
import { parseImportFile } from '../packs/parse-import-file';
import { fetchPackConditionally, type FetchFunction } from './fetch-pack';
import type { SubscriptionStore } from './subscription-store';
import { subscriptionUrlSchema, type PendingSummary, type SubscriptionState, type SubscriptionView } from '../schemas/subscription-state';

export interface SubscriptionDeps {
  db: LibraryDb;
  store: SubscriptionStore;
  fetch?: FetchFunction | undefined;
  now?: (() => number) | undefined;
}

/** The URL in force: IT's policy wins over what the agent typed. */
async function urlInForce(deps: SubscriptionDeps, state: SubscriptionState): Promise<{ url: string | null; fromPolicy: boolean }> {
  const policy = await deps.store.policyUrl();
  if (policy !== null) return { url: policy, fromPolicy: true };
  return { url: state.userUrl, fromPolicy: false };
}

export async function subscriptionView(deps: SubscriptionDeps, state?: SubscriptionState): Promise<SubscriptionView> {
  const current = state ?? (await deps.store.load());
  const { url, fromPolicy } = await urlInForce(deps, current);
  return { ...current, url, urlFromPolicy: fromPolicy, pending: current.pending?.summary ?? null };
}

/** Saves the agent's URL (empty clears it) and the auto-apply choice; a new URL forgets the old validators. */
export async function setSubscription(deps: SubscriptionDeps, input: { url: string; autoApply: boolean }): Promise<SubscriptionView> {
  const state = await deps.store.load();
  const trimmed = input.url.trim();
  const userUrl = trimmed === '' ? null : subscriptionUrlSchema.parse(trimmed);
  const next: SubscriptionState = userUrl === state.userUrl ? { ...state, autoApply: input.autoApply } : { ...state, userUrl, autoApply: input.autoApply };
  await deps.store.save(next);
  return subscriptionView(deps, next);
}

/**
 * One check: a conditional GET; on a changed file, parse and preview it against the library
 * (nothing written) and keep it pending — or apply it at once when auto-apply is on.
 */
export async function checkSubscription(deps: SubscriptionDeps): Promise<SubscriptionView> {
  const now = deps.now ?? Date.now;
  let state = await deps.store.load();
  const { url } = await urlInForce(deps, state);
  if (url === null) return subscriptionView(deps, state);
  if (!subscriptionUrlSchema.safeParse(url).success) {
    return save(deps, { ...state, lastCheckedAt: now(), status: 'error', message: subscriptionUrlSchema.safeParse(url).error?.issues[0]?.message ?? null });
  }
  if (state.checkedUrl !== url) state = { ...state, checkedUrl: url, etag: null, lastModified: null, pending: null };

  const fetched = await fetchPackConditionally(url, state, deps.fetch);
  const checked = { ...state, lastCheckedAt: now() };
  if (fetched.kind === 'not-modified') return save(deps, { ...checked, status: checked.pending ? 'pending' : 'unchanged', message: null });
  if (fetched.kind === 'failed') return save(deps, { ...checked, status: 'error', message: fetched.message });

  const knownCategories = parseRows('categories', await deps.db.categories.toArray(), storedCategorySchema);
  const parsed = await parseImportFile(fetched.bytes, { fileName: fileNameOf(url), knownCategories });
  // Validators are kept only for a file that parsed: a broken upload is fetched again next time.
  if (!parsed.ok) return save(deps, { ...checked, status: 'error', message: parsed.problems.map((problem) => problem.reason).join('\n').slice(0, 4000) });
  const preview = await previewImport(deps.db, parsed);
  const validated = { ...checked, etag: fetched.etag, lastModified: fetched.lastModified };
  if (!hasChanges(preview)) return save(deps, { ...validated, status: 'up-to-date', message: null, pending: null });

  const pending = { summary: summarize(preview), pack: parsed.pack };
  const withPending: SubscriptionState = { ...validated, status: 'pending', message: null, pending };
  if (state.autoApply && preview.canCommit) return applyPending(deps, withPending, url);
  return save(deps, withPending);
}

/** The agent's 应用更新 (or auto-apply): installs the pending pack in one transaction. */
export async function applySubscription(deps: SubscriptionDeps): Promise<SubscriptionView> {
  const state = await deps.store.load();
  const { url } = await urlInForce(deps, state);
  return applyPending(deps, state, url ?? '');
}

async function applyPending(deps: SubscriptionDeps, state: SubscriptionState, url: string): Promise<SubscriptionView> {
  if (!state.pending) return subscriptionView(deps, state);
  try {
    await commitImport(deps.db, state.pending.pack, { expectedLibraryVersion: await readLibraryVersion(deps.db), source: url.slice(0, 300) });
  } catch (error) {
    if (!(error instanceof ImportCommitError)) throw error;
    return save(deps, { ...state, status: 'error', message: error.message });
  }
  return save(deps, { ...state, status: 'applied', message: null, pending: null });
}

async function save(deps: SubscriptionDeps, state: SubscriptionState): Promise<SubscriptionView> {
  await deps.store.save(state);
  return subscriptionView(deps, state);
}

function hasChanges(preview: ImportPreview): boolean {
  if (preview.upgrade !== 'same') return true;
  const { rules, categories } = preview;
  return (
    preview.added.length + preview.changed.length + preview.removed.length > 0 ||
    rules.added.length + rules.changed.length + rules.removed.length + categories.added.length + categories.removed.length > 0
  );
}

function summarize(preview: ImportPreview): PendingSummary {
  return {
    packName: preview.pack.name,
    version: preview.pack.version,
    installedVersion: preview.installed?.version ?? null,
    added: preview.added.length,
    changed: preview.changed.length,
    removed: preview.removed.length,
    refusal: preview.refusal?.message ?? null,
  };
}

/** The file's name as the importer guesses its kind from it (…/team.csv → CSV). */
function fileNameOf(url: string): string {
  const last = new URL(url).pathname.split('/').pop() ?? '';
  try {
    return last === '' ? 'subscription.json' : decodeURIComponent(last).slice(0, 200);
  } catch {
    return last.slice(0, 200);
  }
}
