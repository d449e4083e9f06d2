import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../utils/db/library-db';
import { agentReportSchema, agentReportToCsv, buildAgentReport } from '../../../utils/library/agent-report';
import { exportFlags, exportPack, exportPersonalPhrases, ExportError, flagsToCsv } from '../../../utils/library/export-library';
import { savePersonalPhrase } from '../../../utils/library/personal-phrases';
import { setPhraseOverride } from '../../../utils/library/phrase-overrides';
import { recordInsertion } from '../../../utils/library/record-insertion';
import { addFlaggedRule, recordSentAnyway } from '../../../utils/library/risky-wording-rules-store';
import { packToJson } from '../../../utils/packs/pack-to-csv';
import { parseImportFile } from '../../../utils/packs/parse-import-file';
import { readPackJson } from '../../../utils/packs/read-pack-json';
import type { PracticeResult } from '../../../utils/schemas/practice-result';
import { recordPracticeResult } from '../../../utils/settings/practice-history-store';
import { recordInsertionOutcome } from '../../../utils/usage/record-outcome';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { fixtureBytes, parsedOk } from '../packs/pack-fixtures';
import { importFixture } from './import-file';

afterEach(closeTestLibraryDbs);

async function agentsWeek(): Promise<LibraryDb> {
  const db = openTestLibraryDb();
  await importFixture(db, 'tea-shop.json');
  await recordInsertion(db, 'tea-shop/brew-001', 'product', 10);
  await recordInsertion(db, 'tea-shop/brew-001', 'product', 11);
  await recordInsertion(db, 'tea-shop/brew-001', 'shipping', 12);
  await recordInsertion(db, 'tea-shop/ship-001', 'shipping', 13);
  await recordInsertionOutcome(db, 'tea-shop/brew-001', 'product', 'sent-unchanged', 13);
  await recordInsertionOutcome(db, 'tea-shop/brew-001', 'product', 'deleted', 13);
  await recordInsertionOutcome(db, 'tea-shop/ship-001', 'shipping', 'edited', 13);
  await setPhraseOverride(db, 'tea-shop/gift-001', '亲，礼盒带手提袋，送礼超体面～', 14);
  const flag = await addFlaggedRule(db, { term: '老地方聊', reason: '私下联系', category: 'off-platform' }, 15);
  await recordSentAnyway(db, flag.uid, 16);
  await recordSentAnyway(db, 'tea-shop/tea-cure-claims', 17);
  await recordSentAnyway(db, 'tea-shop/tea-cure-claims', 18);
  await savePersonalPhrase(db, { id: 'my-001', text: '亲，我是小王～', category: 'brewing' });
  return db;
}

const PRACTICE: PracticeResult = {
  scenarioId: 'refund-angry',
  finishedAt: 20,
  points: 86,
  grade: 'good',
  turns: 4,
  withinStandard: 3,
  caughtBeforeSending: 1,
  riskySent: 0,
  suggestionsUsed: 2,
  replies: 4,
};

describe('the agent report for the lead', () => {
  it('counts usage per phrase and buyer intent, send-anyway per rule, and lists edits and flags', async () => {
    const db = await agentsWeek();

    const report = await buildAgentReport(db, { agent: '小王', now: 100, practice: [], suggested: [{ phraseUid: 'tea-shop/brew-001', count: 7, lastAt: 9 }, { phraseUid: 'gone/x', count: 1, lastAt: 9 }] });

    expect(agentReportSchema.parse(report)).toEqual(report);
    expect(report).toMatchObject({ kind: 'huashu-agent-report', format: 2, exportedAt: 100, agent: '小王', packs: [{ id: 'tea-shop', version: '1.0.0' }] });
    expect(report.usage.map(({ phraseUid, intent, count, sentUnchanged, edited, deleted }) => [phraseUid, intent, count, sentUnchanged, edited, deleted])).toEqual([
      ['tea-shop/brew-001', 'product', 2, 1, undefined, 1],
      ['tea-shop/brew-001', 'shipping', 1, undefined, undefined, undefined],
      ['tea-shop/ship-001', 'shipping', 1, undefined, 1, undefined],
    ]);
    expect(report.edits).toEqual([
      { uid: 'tea-shop/gift-001', text: '亲，礼盒带手提袋，送礼超体面～', updatedAt: 14, packText: '亲，礼盒装自带手提袋，送人很有面子的～' },
    ]);
    expect(report.sentAnyway.map(({ ruleUid, sentAnyway, category }) => [ruleUid, sentAnyway, category])).toEqual([
      ['tea-shop/tea-cure-claims', 2, 'extreme-claim'],
      ['local/flag-' + report.flags[0]?.id.slice(5), 1, 'off-platform'],
    ]);
    expect(report.flags.map((flag) => flag.terms)).toEqual([['老地方聊']]);
    expect(report.practice).toEqual([]);
    // How often each phrase was suggested: the top of the lead's funnel.
    expect(report.suggested).toEqual([
      { phraseUid: 'tea-shop/brew-001', packId: 'tea-shop', category: 'brewing', text: expect.stringContaining('绿茶'), count: 7, lastAt: 9 },
      { phraseUid: 'gone/x', packId: 'gone', count: 1, lastAt: 9 },
    ]);
  });

  it('carries the practice scores this browser kept (figures only), so the lead sees how a trainee is doing', async () => {
    const db = await agentsWeek();
    await recordPracticeResult(PRACTICE);
    await recordPracticeResult({ ...PRACTICE, finishedAt: 10, points: 40, grade: 'practice-more' });

    const report = await buildAgentReport(db, { agent: '小王', now: 100 });

    expect(report.practice?.map(({ finishedAt, points, grade }) => [finishedAt, points, grade])).toEqual([
      [10, 40, 'practice-more'],
      [20, 86, 'good'],
    ]);
    expect(JSON.stringify(report.practice)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('still reads a format-1 report, which has no outcomes and no practice', () => {
    const formatOne = { kind: 'huashu-agent-report', format: 1, exportedAt: 1, packs: [], usage: [{ phraseUid: 'a/b', packId: 'a', intent: '', count: 2, lastUsedAt: 1 }], edits: [], sentAnyway: [], flags: [] };

    expect(agentReportSchema.parse(formatOne)).toEqual(formatOne);
    expect(agentReportSchema.safeParse({ ...formatOne, format: 3 }).error?.issues[0]?.message).toContain('报告格式只能是 1 或 2');
  });

  it('comes as CSV files a lead opens in Excel', async () => {
    const db = await agentsWeek();

    const files = agentReportToCsv(await buildAgentReport(db, { agent: '小 王/一组', now: 100, practice: [PRACTICE], suggested: [{ phraseUid: 'tea-shop/brew-001', count: 7, lastAt: 9 }] }));

    expect(files.map((file) => file.fileName)).toEqual([
      'usage-小_王_一组.csv',
      'suggested-小_王_一组.csv',
      'edits-小_王_一组.csv',
      'sent-anyway-小_王_一组.csv',
      'flags-小_王_一组.csv',
      'practice-小_王_一组.csv',
    ]);
    expect(files[1]?.text.split('\r\n')[1]).toMatch(/^tea-shop\/brew-001,tea-shop,brewing,亲，绿茶.*,7,1970-01-01T00:00:00\.009Z$/);
    expect(files[0]?.text.split('\r\n').slice(0, 2)).toEqual([
      '\ufeff话术编号,话术包,分类,话术,买家意图,使用次数,最后使用,原样发送,改后发送,删掉',
      'tea-shop/brew-001,tea-shop,brewing,亲，绿茶建议用80度左右的水冲泡，第一泡十几秒就可以出汤啦～,product,2,1970-01-01T00:00:00.011Z,1,0,1',
    ]);
    expect(files[5]?.text.split('\r\n').slice(0, 2)).toEqual([
      '\ufeff练习场景,完成时间,得分,评级,回合,合规回合,发送前拦下,发出的风险话术,用了推荐,回复数',
      'refund-angry,1970-01-01T00:00:00.020Z,86,good,4,3,1,0,2,4',
    ]);
  });
});

describe('exports', () => {
  it('a pack exports as the file that installed it (the lead’s wording, not the agent’s edits)', async () => {
    const db = await agentsWeek();
    const original = readPackJson(new TextDecoder().decode(fixtureBytes('tea-shop.json'))).pack;

    const exported = await exportPack(db, 'tea-shop');

    // The same pack, written in the newest format (a format-1 file reads as format 4 with no topics, products or overrides).
    expect(exported).toEqual({ ...original, format: 4 });
    expect(readPackJson(packToJson(exported)).pack).toEqual({ ...original, format: 4 });
  });

  it('the agent’s own phrases export as a pack file, with the custom categories they use', async () => {
    const db = await agentsWeek();

    const personal = await exportPersonalPhrases(db, Date.UTC(2026, 10, 23, 12));
    const again = parsedOk(await parseImportFile(new TextEncoder().encode(packToJson(personal)), { fileName: 'personal.json' }));

    expect(personal).toMatchObject({ id: 'personal', version: '2026.11.23', phrases: [{ id: 'my-001', text: '亲，我是小王～', category: 'brewing' }] });
    expect(again.pack.categories).toEqual([{ id: 'brewing', labels: { 'zh-CN': '冲泡方法', en: 'Brewing' } }]);
  });

  it('flagged wording exports as JSON and CSV', async () => {
    const db = await agentsWeek();

    const flags = await exportFlags(db, 100);

    expect(flags).toMatchObject({ kind: 'huashu-flags', exportedAt: 100, flags: [{ terms: ['老地方聊'], status: 'pending-review' }] });
    expect(flagsToCsv(flags.flags)).toMatch(/^\ufeff规则编号,标记词,类别,原因,状态,标记时间\r\nlocal\/flag-[0-9a-f]{8},老地方聊,off-platform,私下联系,pending-review,1970-01-01T00:00:00\.015Z\r\n$/);
  });

  it('exporting a pack that is not installed says so', async () => {
    const db = openTestLibraryDb();

    await expect(exportPack(db, 'nope')).rejects.toBeInstanceOf(ExportError);
  });
});
