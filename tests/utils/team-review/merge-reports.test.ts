import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../utils/db/library-db';
import { agentReportSchema, buildAgentReport, type AgentReport } from '../../../utils/library/agent-report';
import { exportPack } from '../../../utils/library/export-library';
import { setPhraseOverride } from '../../../utils/library/phrase-overrides';
import { recordInsertion } from '../../../utils/library/record-insertion';
import { activeWordingRules, addFlaggedRule, recordSentAnyway } from '../../../utils/library/risky-wording-rules-store';
import { packToJson } from '../../../utils/packs/pack-to-csv';
import { parseImportFile } from '../../../utils/packs/parse-import-file';
import { commitImport } from '../../../utils/library/commit-import';
import { previewImport } from '../../../utils/library/preview-import';
import { mergeAgentReports } from '../../../utils/team-review/merge-reports';
import { bumpVersion, nextPackVersion } from '../../../utils/team-review/next-pack-version';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { importFixture } from '../library/import-file';

afterEach(closeTestLibraryDbs);

/** One agent's browser after a week with the team's tea-shop pack, as the file they hand over. */
async function agentReport(agent: string, week: (db: LibraryDb) => Promise<void>): Promise<AgentReport> {
  const db = openTestLibraryDb();
  await importFixture(db, 'tea-shop.json');
  await week(db);
  // Through JSON and the schema, as the lead's options page reads the file.
  return agentReportSchema.parse(JSON.parse(JSON.stringify(await buildAgentReport(db, { agent, now: 1000 }))));
}

async function twoAgentsWeek(): Promise<AgentReport[]> {
  const wang = await agentReport('小王', async (db) => {
    await recordInsertion(db, 'tea-shop/brew-001', 'product', 10);
    await recordInsertion(db, 'tea-shop/brew-001', 'shipping', 11);
    await recordInsertion(db, 'tea-shop/ship-001', 'shipping', 12);
    await setPhraseOverride(db, 'tea-shop/gift-001', '亲，礼盒带手提袋～', 13);
    const flag = await addFlaggedRule(db, { term: '老地方聊', reason: '私下联系', category: 'off-platform' }, 14);
    await recordSentAnyway(db, flag.uid, 15);
    await recordSentAnyway(db, 'tea-shop/tea-cure-claims', 16);
  });
  const li = await agentReport('小李', async (db) => {
    await recordInsertion(db, 'tea-shop/brew-001', 'product', 20);
    await setPhraseOverride(db, 'tea-shop/gift-001', '礼盒送手提袋哦', 21);
    await addFlaggedRule(db, { term: ' 老地方聊 ', reason: '引导站外交易', category: 'off-platform' }, 22);
    await addFlaggedRule(db, { term: '包治百病', reason: '功效宣传', category: 'extreme-claim' }, 23);
    await recordSentAnyway(db, 'tea-shop/tea-cure-claims', 24);
    await recordSentAnyway(db, 'tea-shop/tea-cure-claims', 25);
  });
  return [wang, li];
}

describe('the lead merges agents’ reports', () => {
  it('adds up usage, edits and send-anyway counts of two agents', async () => {
    const reports = await twoAgentsWeek();
    const leadDb = openTestLibraryDb();
    await importFixture(leadDb, 'tea-shop.json');

    const review = mergeAgentReports(reports, await exportPack(leadDb, 'tea-shop'));

    expect(review.agents).toEqual(['小王', '小李']);
    expect(review.usage[0]).toMatchObject({ phraseUid: 'tea-shop/brew-001', total: 3, agents: 2 });
    expect(review.usage.find((row) => row.phraseUid === 'tea-shop/ship-001')).toMatchObject({ total: 1, agents: 1 });
    expect(review.neverUsed.map((row) => row.phraseUid)).toEqual(['tea-shop/greet-001', 'tea-shop/gift-001', 'tea-shop/after-001', 'tea-shop/html-001']);
    expect(review.mostEdited[0]).toMatchObject({ uid: 'tea-shop/gift-001', rewrites: ['亲，礼盒带手提袋～', '礼盒送手提袋哦'] });
    expect(review.sentAnyway[0]).toMatchObject({ ruleUid: 'tea-shop/tea-cure-claims', total: 3 });
  });

  it('lists a term two agents flagged once, with both reasons', async () => {
    const review = mergeAgentReports(await twoAgentsWeek());

    expect(review.flags.map((flag) => [flag.term, flag.reporters])).toEqual([
      ['老地方聊', 2],
      ['包治百病', 1],
    ]);
    expect(review.flags[0]?.reasons).toEqual(['私下联系', '引导站外交易']);
  });
});

describe('the next version of the team pack', () => {
  it('ships an approved flag as a rule, and agents who install it have that rule active', async () => {
    const review = mergeAgentReports(await twoAgentsWeek());
    const leadDb = openTestLibraryDb();
    await importFixture(leadDb, 'tea-shop.json');
    const approved = review.flags.filter((flag) => flag.term === '老地方聊').map((flag) => flag.rule);

    const next = nextPackVersion(await exportPack(leadDb, 'tea-shop'), approved);

    expect(next.version).toBe('1.0.1');
    expect(next.rules.map((rule) => rule.id)).toEqual(['tea-cure-claims', approved[0]?.id]);
    expect(next.rules[1]?.terms).toEqual(['老地方聊']);

    const agentDb = openTestLibraryDb();
    await importFixture(agentDb, 'tea-shop.json');
    const parsed = await parseImportFile(new TextEncoder().encode(packToJson(next)), { fileName: 'tea-shop-1.0.1.json' });
    if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.reason).join('\n'));
    const preview = await previewImport(agentDb, parsed);
    expect(preview.upgrade).toBe('newer');
    await commitImport(agentDb, parsed.pack, { expectedLibraryVersion: preview.libraryVersion });
    const active = await activeWordingRules(agentDb);
    expect(active.find((rule) => rule.terms.includes('老地方聊'))).toMatchObject({ packId: 'tea-shop', status: 'active' });
  });

  it('raises the last number of the version', () => {
    expect(bumpVersion('1.2.0')).toBe('1.2.1');
    expect(bumpVersion('2026.11.23')).toBe('2026.11.24');
    expect(bumpVersion('7')).toBe('8');
  });
});
