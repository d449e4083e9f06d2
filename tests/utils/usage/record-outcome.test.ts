import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { recordInsertion } from '../../../utils/library/record-insertion';
import { recordInsertionOutcome } from '../../../utils/usage/record-outcome';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';

afterEach(closeTestLibraryDbs);

it('counts what became of each insertion next to the insertion count, keeping no text', async () => {
  const db = openTestLibraryDb();

  await recordInsertion(db, 'default-zh/bargaining-003', 'bargaining', 1_000);
  await recordInsertionOutcome(db, 'default-zh/bargaining-003', 'bargaining', 'sent-unchanged', 1_500);
  await recordInsertion(db, 'default-zh/bargaining-003', 'bargaining', 2_000);
  const row = await recordInsertionOutcome(db, 'default-zh/bargaining-003', 'bargaining', 'deleted', 2_500);

  expect(row).toEqual({
    phraseUid: 'default-zh/bargaining-003',
    intent: 'bargaining',
    count: 2,
    lastUsedAt: 2_000,
    sentUnchanged: 1,
    deleted: 1,
  });
});

it('never counts more outcomes than insertions', async () => {
  const db = openTestLibraryDb();

  const row = await recordInsertionOutcome(db, 'default-zh/bargaining-003', 'bargaining', 'edited', 1_000);

  expect(row).toMatchObject({ count: 1, edited: 1 });
});
