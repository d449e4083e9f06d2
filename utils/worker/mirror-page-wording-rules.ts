import { loadPageWordingRules, savePageWordingRules } from '../settings/page-wording-rules-store';
import type { ServedWordingRule } from '../messaging/page-protocol';
import { shippedServedRules } from '../guard/shipped-page-rules';
import { logQuietly } from '../page/quiet-errors';

/**
 * Keeps the rules chat pages check drafts with in storage.local (page-wording-rules-store.ts):
 * on a profile that has none yet, the shipped rules at once — before the library is seeded, so a
 * chat page opened in the first seconds after install is guarded — then whatever the worker serves,
 * each time the library's version changes.
 */
export function mirrorWordingRulesForPages(): { served(active: { version: string | null; served: readonly ServedWordingRule[] }): void } {
  let mirroredVersion: string | null | undefined;
  let writes = Promise.resolve();
  const write = (task: () => Promise<void>) => {
    writes = writes.then(task).catch((error: unknown) => logQuietly('wording rules: could not keep them for chat pages', error));
  };

  write(async () => {
    if (await loadPageWordingRules()) return;
    await savePageWordingRules({ version: null, rules: shippedServedRules() });
  });

  return {
    served(active) {
      if (active.version === mirroredVersion) return;
      mirroredVersion = active.version;
      write(() => savePageWordingRules({ version: active.version, rules: [...active.served] }));
    },
  };
}
