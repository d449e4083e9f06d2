import { DEFAULT_RULES_PACK_ID, ruleUid } from '../schemas/rule-uid';
import { logQuietly } from '../page/quiet-errors';
import type { ServedWordingRule, WordingRulesAnswer } from '../messaging/page-protocol';
import { wordingRuleShapeSchema } from '../schemas/risky-wording-rule-shape';
import { compileRulesParsedWith, type CompiledWordingRules } from '../risky-wording/compile-parsed-rules';

/** Rules compiled for checking drafts here, and the library row each finding's rule came from. */
export interface PageRuleSet {
  readonly compiled: CompiledWordingRules;
  /** The stored rule's uid for a finding's `ruleId` (what 仍然发送 counts). */
  uidOf(ruleId: string): string;
}

export interface WordingRulesSource {
  /** The rules to check with right now: the shipped defaults until the background has answered. */
  current(): PageRuleSet;
  /**
   * Asks the background whether the library changed (a flag added in the popup, a pack imported
   * on the options page) and compiles the new rules; resolves true when they changed. Calls
   * closer together than the minimum interval are answered from memory, unless `force`; one
   * more ask then follows when the interval is over, so a flag made just after the last ask
   * still counts while the agent types on.
   */
  refresh(force?: boolean): Promise<boolean>;
  /** Called after each change of the rules (the guard checks the draft again). */
  subscribe(listener: () => void): () => void;
}

/** `knownVersion` is left out until the background has answered once: then we hold nothing of its. */
export type FetchWordingRules = (knownVersion?: string | null) => Promise<WordingRulesAnswer>;

/** Runs `run` after `ms` (a timer; tests pass their own). */
export type ScheduleLater = (run: () => void, ms: number) => void;

const later: ScheduleLater = (run, ms) => {
  setTimeout(run, ms);
};

/** Asking more often than this while the agent types adds nothing: a flag takes a click in the popup. */
const MIN_REFRESH_INTERVAL_MS = 1500;

/** Served rules compiled for the page, each finding named by its library row. */
export function ruleSetOf(served: readonly ServedWordingRule[]): PageRuleSet {
  // Their shape is parsed; their regexes were proven safe when they entered the library.
  const compiled = compileRulesParsedWith(wordingRuleShapeSchema, served.map((entry) => entry.rule));
  // A rule id may repeat across packs; the first one (the order the background serves) names the finding.
  const uids = new Map<string, string>();
  for (const entry of served) if (!uids.has(entry.rule.id)) uids.set(entry.rule.id, entry.uid);
  return { compiled, uidOf: (ruleId) => uids.get(ruleId) ?? ruleUid(DEFAULT_RULES_PACK_ID, ruleId) };
}

/**
 * Before anything is read: no rules. The shipped rule set is not bundled into the content script
 * (about 54 KB of every chat page's 250 KB budget): the page reads the rules the worker keeps for
 * pages in storage.local the moment it starts (`stored`; the shipped ones on a fresh profile,
 * written before the library is seeded), then asks the worker as soon as it finds the reply box
 * (send-guard.ts); the worker's full check of each draft (`checkDraft`) follows every pause.
 */
export function emptyRuleSet(): PageRuleSet {
  return ruleSetOf([]);
}

/**
 * The page side of the wording rules: the active rules fetched from the background (the library
 * lives in the extension's IndexedDB, never opened from a page), compiled once per library
 * version and kept here, so every keystroke and every Enter is checked locally, at once.
 */
export function createWordingRulesSource(
  fetchRules: FetchWordingRules,
  now: () => number = Date.now,
  scheduleLater: ScheduleLater = later,
  /** What to check with until anything is read (tests may pass the shipped rules). */
  initial: () => PageRuleSet = emptyRuleSet,
  /** The rules the worker last kept for pages (storage.local), read once at start. */
  stored?: () => Promise<WordingRulesAnswer | null>,
): WordingRulesSource {
  let fetched: { ruleSet: PageRuleSet; version: string | null } | undefined;
  let before: PageRuleSet | undefined;
  let fetchedAt = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<boolean> | undefined;
  let trailingAsk = false;
  const listeners = new Set<() => void>();

  async function fetchNow(): Promise<boolean> {
    fetchedAt = now();
    const answer = await fetchRules(...(fetched ? [fetched.version] : []));
    if (answer.rules === null) return false;
    // Compiled before anything is replaced: rules that do not compile leave the last good set in place.
    fetched = { ruleSet: ruleSetOf(answer.rules), version: answer.version };
    listeners.forEach((listener) => listener());
    return true;
  }

  if (stored) {
    void stored().then(
      (kept) => {
        // The worker's own answer, when it came first, is newer than what was kept.
        if (fetched || !kept?.rules) return;
        fetched = { ruleSet: ruleSetOf(kept.rules), version: kept.version };
        listeners.forEach((listener) => listener());
      },
      (error: unknown) => logQuietly('send guard: could not read the kept wording rules, asking the worker', error),
    );
  }

  const source: WordingRulesSource = {
    current: () => fetched?.ruleSet ?? (before ??= initial()),
    refresh(force = false) {
      if (inFlight) return inFlight;
      const sinceLastAsk = now() - fetchedAt;
      if (!force && sinceLastAsk < MIN_REFRESH_INTERVAL_MS) {
        // The popup's flag may have landed right after that ask: ask once more when allowed.
        if (!trailingAsk) {
          trailingAsk = true;
          scheduleLater(() => {
            trailingAsk = false;
            void source.refresh();
          }, MIN_REFRESH_INTERVAL_MS - sinceLastAsk);
        }
        return Promise.resolve(false);
      }
      inFlight = fetchNow()
        .catch((error: unknown) => {
          // The worker may be restarting or the extension updating: keep checking with what we have.
          logQuietly('send guard: could not load the wording rules, checking with the last ones', error);
          return false;
        })
        .finally(() => (inFlight = undefined));
      return inFlight;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return source;
}
