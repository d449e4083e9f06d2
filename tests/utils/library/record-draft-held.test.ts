import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAgentReport } from '../../../utils/library/agent-report';
import { recordDraftHeld } from '../../../utils/library/record-draft-held';
import { readRuleStats, recordSentAnyway } from '../../../utils/library/risky-wording-rules-store';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';

afterEach(closeTestLibraryDbs);

describe('risky drafts the send guard stopped, counted per rule for the lead', () => {
  it('counts each rule of a stopped draft once, and 仍然发送 keeps that count', async () => {
    const db = openTestLibraryDb();

    await recordDraftHeld(db, ['default-rules/off-platform-contact', 'default-rules/off-platform-contact', 'local/flag-1'], 10);
    await recordDraftHeld(db, ['default-rules/off-platform-contact'], 11);
    await recordSentAnyway(db, 'default-rules/off-platform-contact', 12);

    expect(await readRuleStats(db)).toEqual([
      { ruleUid: 'default-rules/off-platform-contact', held: 2, sentAnyway: 1, lastAt: 12 },
      { ruleUid: 'local/flag-1', held: 1, sentAnyway: 0, lastAt: 10 },
    ]);
    const report = await buildAgentReport(db, { practice: [], suggested: [] });
    expect(report.sentAnyway.map(({ ruleUid, held, sentAnyway }) => [ruleUid, held, sentAnyway])).toEqual([
      ['default-rules/off-platform-contact', 2, 1],
      ['local/flag-1', 1, 0],
    ]);
  });

  it('refuses what is not a rule id, and changes nothing', async () => {
    const db = openTestLibraryDb();

    await expect(recordDraftHeld(db, ['x'])).rejects.toThrow();
    expect(await readRuleStats(db)).toEqual([]);
  });
});
