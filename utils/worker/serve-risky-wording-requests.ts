import { z } from 'zod';
import type { LibraryDb } from '../db/library-db';
import { recordDraftHeld } from '../library/record-draft-held';
import { addFlaggedRule, listFlaggedRules, recordSentAnyway } from '../library/risky-wording-rules-store';
import { handleBackgroundRequest } from '../messaging/background-handlers';
import { checkDraftFully, trainDraftModels, type DraftModels } from '../risky-wording/check-draft-fully';
import { WordingRulesError } from '../risky-wording/compile-rules';
import { flaggedWordingOf } from './flagged-risky-wording';
import { createWordingRulesCache } from './risky-wording-rules-cache';
import { logQuietly } from '../page/quiet-errors';
import { mirrorWordingRulesForPages } from './mirror-page-wording-rules';
import { readShippedData } from '../shipped-data/read-shipped-data';

/**
 * Answers the wording requests of the background protocol: the active rules for pages to check
 * drafts with locally, a check of one draft (the popup's 检查话术), flags (标记违规), and the
 * counts of drafts stopped and sent anyway. Data arrives parsed by the protocol's schemas (handleBackgroundRequest). Registers
 * every listener synchronously: a worker woken by one of these messages must already listen.
 * Returns a function that removes them (tests; a real worker simply ends).
 */
export function serveWordingRequests(db: LibraryDb): () => void {
  const rules = createWordingRulesCache(db);
  // Pages read the rules from storage.local the moment they start (the content script ships none).
  const mirror = mirrorWordingRulesForPages();
  let warmUpScheduled = false;
  let models: DraftModels | undefined;
  /**
   * The full check's models are trained once per worker, a moment after a page first asks (the
   * rules as an agent starts on a reply, or a draft): late enough that the request in flight —
   * often a buyer's message to suggest for — is answered first, and never on a request's time.
   * Their corpora are read from the package then, not carried in the worker's script.
   */
  const warmUpSoon = (): void => {
    if (warmUpScheduled) return;
    warmUpScheduled = true;
    setTimeout(() => {
      Promise.all([readShippedData('tone-corpus.json'), readShippedData('risk-corpus.json')])
        .then(([tone, risk]) => {
          models = trainDraftModels({ tone, risk });
        })
        .catch((error: unknown) => {
          // The next page that asks tries again.
          warmUpScheduled = false;
          logQuietly('wording check: the models could not be trained; drafts are checked by the rules', error);
        });
    }, WARM_UP_DELAY_MS);
  };

  const removeListeners = [
    handleBackgroundRequest('getWordingRules', async (data) => {
      const active = await rules.current();
      const knowsThisVersion = data?.knownVersion !== undefined && data.knownVersion === active.version;
      mirror.served(active);
      warmUpSoon();
      return { version: active.version, rules: knowsThisVersion ? null : [...active.served] };
    }),
    handleBackgroundRequest('checkDraft', async ({ text, thread }) => {
      warmUpSoon();
      return checkDraftFully((await rules.current()).compiled, text, thread, models);
    }),
    handleBackgroundRequest('flagWording', async (flag) => {
      try {
        return flaggedWordingOf(await addFlaggedRule(db, flag));
      } catch (error) {
        throw flagRefusal(error);
      }
    }),
    handleBackgroundRequest('recordDraftHeld', async ({ ruleUids }) => {
      await recordDraftHeld(db, ruleUids);
      return { ok: true as const };
    }),
    handleBackgroundRequest('recordSentAnyway', async ({ ruleUid }) => {
      const stats = await recordSentAnyway(db, ruleUid);
      return { ok: true as const, sentAnyway: stats.sentAnyway };
    }),
    handleBackgroundRequest('listFlags', async () => (await listFlaggedRules(db)).map(flaggedWordingOf)),
  ];
  return () => removeListeners.forEach((remove) => remove());
}

/** How long after the first ask the models are trained: the asking page's requests go first. */
const WARM_UP_DELAY_MS = 1000;

/** A flag the store refused (empty reason, a term of symbols only), said in one readable line for the popup. */
export class FlagRefusedError extends Error {
  override readonly name = 'FlagRefusedError';
}

function flagRefusal(error: unknown): unknown {
  // $ZodError: the rule schemas are zod/mini ones, whose errors are not full zod's ZodError.
  if (error instanceof z.core.$ZodError) return new FlagRefusedError(error.issues.map((issue) => issue.message).join('；'));
  if (error instanceof WordingRulesError) return new FlagRefusedError(error.problems.join('；'));
  return error;
}
