import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveLibraryRequests, type LibraryService } from '../../../utils/worker/serve-library-requests';
import { callBackground } from '../../../utils/messaging/background-client';
import { backgroundMessenger } from '../../../utils/messaging/background-messenger';
import type { ThreadInput } from '../../../utils/schemas/thread';
import { openBargainingPhrases } from './open-bargaining-phrases';
import { useChromeRuntimeMessaging } from '../../entrypoints/background/chrome-runtime-messaging';
import { closeTestLibraryDbs, freshLibraryDbName, openTestLibraryDb } from '../db/test-library-db';

let service: LibraryService;

beforeEach(() => {
  fakeBrowser.reset();
  useChromeRuntimeMessaging();
  service = serveLibraryRequests(openTestLibraryDb(freshLibraryDbName()), { suggestionCount: async () => 5 });
});
afterEach(() => {
  service.stop();
  backgroundMessenger.removeAllListeners();
  closeTestLibraryDbs();
});

const haggling: ThreadInput = { messages: [{ role: 'buyer', text: '能便宜点吗' }] };
const lastBargainingUid = `default-zh/${openBargainingPhrases().at(-1)?.id ?? ''}`;

async function firstBargainingSuggestion(): Promise<string | undefined> {
  const result = await callBackground('suggest', { thread: haggling });
  return result.suggestions.find((suggestion) => suggestion.category === 'bargaining')?.phraseUid;
}

it('learns from what the agent sends: the next suggestions for the same intent put that phrase first', async () => {
  expect(await firstBargainingSuggestion()).not.toBe(lastBargainingUid);

  for (let pick = 0; pick < 3; pick += 1) {
    await callBackground('recordInsertion', { phraseUid: lastBargainingUid, intent: 'bargaining' });
    await callBackground('recordInsertionOutcome', { phraseUid: lastBargainingUid, intent: 'bargaining', outcome: 'sent-unchanged' });
  }

  expect(await firstBargainingSuggestion()).toBe(lastBargainingUid);
  expect((await callBackground('frequentPhrases', { intent: 'bargaining' })).map((phrase) => phrase.uid)).toEqual([lastBargainingUid]);
});

it('pins and unpins a phrase for its category', async () => {
  await callBackground('setFavourite', { phraseUid: lastBargainingUid, pinned: true });
  expect(await callBackground('listFavourites', undefined)).toEqual([lastBargainingUid]);
  expect(await firstBargainingSuggestion()).toBe(lastBargainingUid);

  await callBackground('setFavourite', { phraseUid: lastBargainingUid, pinned: false });
  expect(await callBackground('listFavourites', undefined)).toEqual([]);
  expect(await firstBargainingSuggestion()).not.toBe(lastBargainingUid);
});
