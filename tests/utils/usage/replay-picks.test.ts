import { buildShippedLibraryIndex } from '../../../utils/engine/shipped-library-index';
import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { buildLibraryIndex } from '../../../utils/engine/library-index';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { suggest } from '../../../utils/engine/suggest';
import { installPack } from '../../../utils/library/install-pack';
import { recordInsertion } from '../../../utils/library/record-insertion';
import { setFavourite } from '../../../utils/library/favourites';
import { defaultPack } from '../../../utils/packs/default-pack';
import { loadAgentHistory } from '../../../utils/usage/agent-history';
import type { InsertionOutcome } from '../../../utils/schemas/page-results';
import { recordInsertionOutcome } from '../../../utils/usage/record-outcome';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { chat } from '../engine/fixture-library';
import { openBargainingPhrases } from './open-bargaining-phrases';

afterEach(closeTestLibraryDbs);

const index = buildShippedLibraryIndex(libraryFromPacks([defaultPack()]));
const bargaining = chat('能便宜点吗');

/** The uids suggested for 能便宜点吗 in the bargaining category, best first. */
function bargainingOrder(history?: Awaited<ReturnType<typeof loadAgentHistory>>): string[] {
  return suggest(index, bargaining, { limit: 5, ...history })
    .suggestions.filter((suggestion) => suggestion.category === 'bargaining')
    .map((suggestion) => suggestion.phraseUid);
}

/** A bargaining phrase the engine does not suggest for 能便宜点吗 without history. */
function phraseTheAgentPrefers(): string {
  const shown = new Set(bargainingOrder());
  const uid = openBargainingPhrases().find((phrase) => !shown.has(`default-zh/${phrase.id}`));
  if (!uid) throw new Error('the default pack has no spare bargaining phrase');
  return `default-zh/${uid.id}`;
}

async function replay(db: ReturnType<typeof openTestLibraryDb>, log: readonly { uid: string; outcome: InsertionOutcome }[]): Promise<void> {
  for (const [at, pick] of log.entries()) {
    await recordInsertion(db, pick.uid, 'bargaining', at);
    await recordInsertionOutcome(db, pick.uid, 'bargaining', pick.outcome, at);
  }
}

it('replays an agent’s picks for 能便宜点吗: the phrase they keep sending moves to first place', async () => {
  const db = openTestLibraryDb();
  await installPack(db, defaultPack());
  const preferred = phraseTheAgentPrefers();
  const firstWithoutHistory = bargainingOrder()[0] ?? '';
  expect(bargainingOrder()).not.toContain(preferred);

  await replay(db, [
    { uid: preferred, outcome: 'sent-unchanged' },
    { uid: firstWithoutHistory, outcome: 'deleted' },
    { uid: preferred, outcome: 'sent-unchanged' },
    { uid: preferred, outcome: 'edited' },
  ]);
  const after = await loadAgentHistory(db);

  expect(bargainingOrder(after)[0]).toBe(preferred);
  expect(suggest(index, bargaining, { limit: 5, ...after }).suggestions[0]?.phraseUid).toBe(preferred);
});

it('counts a phrase sent unchanged for more than one that was edited or deleted', async () => {
  const db = openTestLibraryDb();
  await installPack(db, defaultPack());
  const [sentUid, deletedUid] = openBargainingPhrases()
    .slice(-2)
    .map((phrase) => `default-zh/${phrase.id}`);
  if (sentUid === undefined || deletedUid === undefined) throw new Error('needs two bargaining phrases');

  await replay(db, [
    { uid: deletedUid, outcome: 'deleted' },
    { uid: deletedUid, outcome: 'deleted' },
    { uid: deletedUid, outcome: 'edited' },
    { uid: sentUid, outcome: 'sent-unchanged' },
    { uid: sentUid, outcome: 'sent-unchanged' },
  ]);
  const order = bargainingOrder(await loadAgentHistory(db));

  expect(order.indexOf(sentUid)).toBeGreaterThanOrEqual(0);
  expect(order.indexOf(sentUid)).toBeLessThan(order.indexOf(deletedUid) === -1 ? Infinity : order.indexOf(deletedUid));
});

it('keeps a history within its intent: bargaining picks do not change what a shipping question gets', async () => {
  const db = openTestLibraryDb();
  await installPack(db, defaultPack());
  const shipping = chat('什么时候发货');
  const before = suggest(index, shipping, { limit: 5 }).suggestions.map((suggestion) => suggestion.phraseUid);

  await replay(db, [{ uid: phraseTheAgentPrefers(), outcome: 'sent-unchanged' }]);

  const after = suggest(index, shipping, { limit: 5, ...(await loadAgentHistory(db)) }).suggestions.map((suggestion) => suggestion.phraseUid);
  expect(after).toEqual(before);
});

it('puts a pinned phrase first within its category', async () => {
  const db = openTestLibraryDb();
  await installPack(db, defaultPack());
  const preferred = phraseTheAgentPrefers();

  await setFavourite(db, preferred, true);

  expect(bargainingOrder(await loadAgentHistory(db))[0]).toBe(preferred);
});

it('does not put a phrase the agent only deleted ahead of the phrase that answers the buyer’s wording', async () => {
  const db = openTestLibraryDb();
  await installPack(db, defaultPack());
  const lowestPrice = chat('最低多少');
  const firstFor = (history?: Awaited<ReturnType<typeof loadAgentHistory>>) => suggest(index, lowestPrice, { limit: 3, ...history }).suggestions[0]?.phraseUid;
  const answer = firstFor();
  const deletedUid = bargainingOrder()[0] ?? '';
  expect(deletedUid).not.toBe(answer);

  // The agent inserted the usual 能便宜点吗 answer once and deleted it.
  await replay(db, [{ uid: deletedUid, outcome: 'deleted' }]);

  expect(firstFor(await loadAgentHistory(db))).toBe(answer);
});
