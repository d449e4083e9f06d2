import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../utils/db/library-db';
import { agentReportSchema, buildAgentReport, type AgentReport } from '../../../utils/library/agent-report';
import { exportPack } from '../../../utils/library/export-library';
import { recordDraftHeld } from '../../../utils/library/record-draft-held';
import { recordInsertion } from '../../../utils/library/record-insertion';
import { recordSentAnyway } from '../../../utils/library/risky-wording-rules-store';
import type { PracticeResult } from '../../../utils/schemas/practice-result';
import { addReports } from '../../../utils/team-review/add-reports';
import { tableToCsv, type TableColumn } from '../../../utils/team-review/table-csv';
import { neverUsedPhrases, phraseFunnel, practiceByTrainee, riskyByRuleAndAgent, type PhraseFunnelRow } from '../../../utils/team-review/team-picture';
import { recordInsertionOutcome } from '../../../utils/usage/record-outcome';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { importFixture } from '../library/import-file';

afterEach(closeTestLibraryDbs);

function practice(finishedAt: number, points: number, overrides: Partial<PracticeResult> = {}): PracticeResult {
  return {
    scenarioId: 'refund-angry',
    finishedAt,
    points,
    grade: points >= 85 ? 'good' : 'practice-more',
    turns: 4,
    withinStandard: 3,
    caughtBeforeSending: 1,
    riskySent: 0,
    suggestionsUsed: 2,
    replies: 4,
    ...overrides,
  };
}

/** One agent's browser after a week with the tea-shop pack, through JSON and the schema as the lead reads the file. */
async function agentReport(
  agent: string | undefined,
  results: PracticeResult[],
  week: (db: LibraryDb) => Promise<void>,
  suggested: Record<string, number> = {},
): Promise<AgentReport> {
  const db = openTestLibraryDb();
  await importFixture(db, 'tea-shop.json');
  await week(db);
  const shown = Object.entries(suggested).map(([phraseUid, count]) => ({ phraseUid, count, lastAt: 1 }));
  return agentReportSchema.parse(JSON.parse(JSON.stringify(await buildAgentReport(db, { agent, now: 1000, practice: results, suggested: shown }))));
}

async function threeAgents(): Promise<AgentReport[]> {
  const wang = await agentReport('小王', [practice(1, 60), practice(2, 90, { scenarioId: 'late-parcel', riskySent: 1 })], async (db) => {
    for (const at of [1, 2, 3]) await recordInsertion(db, 'tea-shop/brew-001', 'product', at);
    await recordInsertionOutcome(db, 'tea-shop/brew-001', 'product', 'sent-unchanged');
    await recordInsertionOutcome(db, 'tea-shop/brew-001', 'product', 'deleted');
    await recordInsertion(db, 'tea-shop/ship-001', 'shipping', 4);
    await recordInsertionOutcome(db, 'tea-shop/ship-001', 'shipping', 'edited');
    // Stopped three times (twice with the flag too), sent anyway once.
    await recordDraftHeld(db, ['tea-shop/tea-cure-claims', 'local/flag-0000abcd'], 4);
    await recordDraftHeld(db, ['tea-shop/tea-cure-claims', 'local/flag-0000abcd'], 4);
    await recordDraftHeld(db, ['tea-shop/tea-cure-claims'], 4);
    await recordSentAnyway(db, 'tea-shop/tea-cure-claims', 5);
  }, { 'tea-shop/brew-001': 5, 'tea-shop/gift-001': 4 });
  const li = await agentReport('小李', [], async (db) => {
    await recordInsertion(db, 'tea-shop/brew-001', 'shipping', 6);
    await recordInsertionOutcome(db, 'tea-shop/brew-001', 'shipping', 'deleted');
    await recordSentAnyway(db, 'tea-shop/tea-cure-claims', 7);
    await recordSentAnyway(db, 'tea-shop/tea-cure-claims', 8);
    await recordSentAnyway(db, 'local/flag-0000abcd', 9);
  }, { 'tea-shop/brew-001': 2 });
  // An agent still on an older extension: format 1, no outcomes, no practice.
  const zhao = agentReportSchema.parse({
    kind: 'huashu-agent-report',
    format: 1,
    exportedAt: 900,
    agent: '小赵',
    packs: [],
    usage: [{ phraseUid: 'tea-shop/brew-001', packId: 'tea-shop', intent: 'product', count: 2, lastUsedAt: 1 }],
    edits: [],
    sentAnyway: [],
    flags: [],
  });
  return [wang, li, zhao];
}

describe('the team’s picture from several reports', () => {
  it('per phrase: suggested, inserted, then sent unchanged / edited / deleted; what was suggested and never taken; fates nobody saw', async () => {
    const funnel = phraseFunnel(await threeAgents());

    const row = { text: expect.any(String) };
    expect(funnel).toEqual([
      // 小赵's format-1 report adds insertions (2) but no suggestions.
      { ...row, phraseUid: 'tea-shop/brew-001', category: 'brewing', suggested: 7, notPicked: 1, inserted: 6, sentUnchanged: 1, edited: 0, deleted: 2, unknown: 3, agents: 3 },
      { ...row, phraseUid: 'tea-shop/gift-001', category: 'gift-box', suggested: 4, notPicked: 4, inserted: 0, sentUnchanged: 0, edited: 0, deleted: 0, unknown: 0, agents: 0 },
      { ...row, phraseUid: 'tea-shop/ship-001', category: 'shipping', suggested: 0, notPicked: 0, inserted: 1, sentUnchanged: 0, edited: 1, deleted: 0, unknown: 0, agents: 1 },
    ]);
  });

  it('lists the lead’s pack phrases nobody used, and per category how many were used', async () => {
    const reports = await threeAgents();
    const leadDb = openTestLibraryDb();
    await importFixture(leadDb, 'tea-shop.json');

    const neverUsed = neverUsedPhrases(reports, await exportPack(leadDb, 'tea-shop'));

    expect(neverUsed.phrases.map((phrase) => phrase.phraseUid)).toEqual(['tea-shop/greet-001', 'tea-shop/gift-001', 'tea-shop/after-001', 'tea-shop/html-001']);
    expect(neverUsed.byCategory).toEqual([
      { category: 'greeting', used: 0, neverUsed: 1 },
      { category: 'brewing', used: 1, neverUsed: 0 },
      { category: 'gift-box', used: 0, neverUsed: 1 },
      { category: 'shipping', used: 1, neverUsed: 0 },
      { category: 'after-sales', used: 0, neverUsed: 1 },
      { category: 'product', used: 0, neverUsed: 1 },
    ]);
    expect(neverUsedPhrases(reports, undefined)).toEqual({ phrases: [], byCategory: [] });
  });

  it('counts risky drafts stopped and sent anyway, per rule and per agent', async () => {
    const risky = riskyByRuleAndAgent(await threeAgents());

    expect(risky.agents).toEqual(['小王', '小李', '小赵']);
    // 小李's rows carry no stopped count (as from an older extension): each draft sent anyway was stopped first.
    expect(risky.rules.map(({ ruleUid, category, held, sentAnyway, heldByAgent, sentAnywayByAgent }) => ({ ruleUid, category, held, sentAnyway, heldByAgent, sentAnywayByAgent }))).toEqual([
      { ruleUid: 'tea-shop/tea-cure-claims', category: 'extreme-claim', held: 5, sentAnyway: 3, heldByAgent: [3, 2, 0], sentAnywayByAgent: [1, 2, 0] },
      { ruleUid: 'local/flag-0000abcd', category: null, held: 3, sentAnyway: 1, heldByAgent: [2, 1, 0], sentAnywayByAgent: [0, 1, 0] },
    ]);
    expect(risky.byAgent).toEqual([
      { agent: '小王', held: 5, sentAnyway: 1 },
      { agent: '小李', held: 3, sentAnyway: 3 },
      { agent: '小赵', held: 0, sentAnyway: 0 },
    ]);
  });

  it('gives each trainee with practice results their tries, average, best and last score', async () => {
    const trainees = practiceByTrainee(await threeAgents());

    expect(trainees).toEqual([
      { trainee: '小王', tries: 2, scenarios: 2, averagePoints: 75, bestPoints: 90, lastPoints: 90, lastGrade: 'good', riskySent: 1, caughtBeforeSending: 2 },
    ]);
  });

  it('names unnamed reports by their place in the list', async () => {
    const unnamed = await agentReport(undefined, [practice(1, 70)], async () => {});

    expect(practiceByTrainee([unnamed, unnamed]).map((row) => [row.trainee, row.tries])).toEqual([
      ['#1', 1],
      ['#2', 1],
    ]);
  });
});

describe('adding reports to those loaded', () => {
  it('a newer report of the same agent replaces the older one (counts run from install), a file dropped twice is skipped', async () => {
    const [wang, li] = await threeAgents();
    const newerWang = { ...wang!, exportedAt: 5000 };

    const first = addReports([], [wang!, li!]);
    const again = addReports(first.reports, [newerWang, li!]);

    expect(first).toEqual({ reports: [wang, li], replaced: [], duplicates: 0 });
    expect(again).toEqual({ reports: [newerWang, li], replaced: ['小王'], duplicates: 1 });
    expect(addReports(again.reports, [wang!]).reports).toEqual([newerWang, li]);
  });
});

describe('a table as CSV', () => {
  it('has the table’s headings and rows, in Excel’s CSV (BOM, CRLF, formulas defused)', () => {
    const columns: TableColumn<PhraseFunnelRow>[] = [
      { key: 'phrase', title: '话术', value: (row) => row.text ?? row.phraseUid },
      { key: 'inserted', title: '插入', value: (row) => row.inserted },
      { key: 'deleted', title: '删掉', value: (row) => row.deleted },
    ];
    const rows: PhraseFunnelRow[] = [
      { phraseUid: 'a/1', text: '亲，在的，请问有什么可以帮您？', category: null, suggested: 9, notPicked: 3, inserted: 6, sentUnchanged: 1, edited: 0, deleted: 2, unknown: 3, agents: 3 },
      { phraseUid: 'a/2', text: '=HYPERLINK("x")', category: null, suggested: 0, notPicked: 0, inserted: 1, sentUnchanged: 0, edited: 1, deleted: 0, unknown: 0, agents: 1 },
    ];

    expect(tableToCsv(columns, rows)).toBe('\ufeff话术,插入,删掉\r\n亲，在的，请问有什么可以帮您？,6,2\r\n"\'=HYPERLINK(""x"")",1,0\r\n');
  });
});
