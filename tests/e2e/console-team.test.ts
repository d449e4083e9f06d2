import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { PRACTICE_SCENARIOS } from '../../utils/practice/practice-scenarios';
import { auditControlNames, markFocusableControls, reachedByTab } from './support/accessibility';
import { requestFromBackground } from './support/background-request';
import { startExtension } from './support/extension';

const standard = PRACTICE_SCENARIOS.find((scenario) => scenario.kind === 'standard')!;
/** A phrase of the default pack every agent of the team used this week. */
const PHRASE = 'default-zh/greeting-002';
const RULE = 'off-platform-contact';
/** The practice turn the agent answers with a risky draft, stopped by the send guard and sent anyway. */
const RISKY_TURN = 1;
const folder = mkdtempSync(join(tmpdir(), 'team-reports-'));

/** A colleague's report file as their extension writes it (format 2): this phrase's insertions and what became of them. */
function colleagueReport(
  agent: string,
  suggested: number,
  counts: { count: number; sentUnchanged: number; edited: number; deleted: number },
  risky: { held: number; sentAnyway: number },
): string {
  const path = join(folder, `report-${agent}.json`);
  const report = {
    kind: 'huashu-agent-report',
    format: 2,
    exportedAt: Date.UTC(2026, 11, 5),
    agent,
    packs: [{ id: 'default-zh', name: '默认话术', version: '1.0.0' }],
    usage: [{ phraseUid: PHRASE, packId: 'default-zh', category: 'greeting', intent: 'greeting', lastUsedAt: Date.UTC(2026, 11, 4), ...counts }],
    suggested: [{ phraseUid: PHRASE, packId: 'default-zh', category: 'greeting', count: suggested, lastAt: Date.UTC(2026, 11, 4) }],
    edits: [],
    sentAnyway: [{ ruleUid: `default-rules/${RULE}`, ruleId: RULE, category: 'off-platform', ...risky, lastAt: Date.UTC(2026, 11, 4) }],
    flags: [],
    practice: [],
  };
  writeFileSync(path, JSON.stringify(report, null, 2));
  return path;
}

/** The cells of the table row that holds `text`, as the lead reads them. */
async function rowCells(page: Page, tableTestId: string, text: string): Promise<string[]> {
  const row = page.getByTestId(tableTestId).locator('tbody tr', { hasText: text });
  return row.locator('td').allTextContents();
}

describe('the team lead’s picture of the team: reports dropped at once, charts with their tables', () => {
  let agent: ExtensionBrowser;
  let lead: ExtensionBrowser;
  let leadPage: Page;
  let ownReport = '';
  let points = '';
  /** How often the agent's own extension suggested PHRASE (during the practice run). */
  let ownSuggested = 0;
  /** The agent's own stopped and sent-anyway drafts of RULE, as their report counts them. */
  const own = { held: 0, sentAnyway: 0 };

  beforeAll(async () => {
    agent = await startExtension();
  });
  afterAll(async () => {
    await agent?.close();
    await lead?.close();
  });

  it('an agent finishes a practice run on the demo page, sending one stopped risky draft anyway', async () => {
    const demo = await agent.openExtensionPage('demo.html');
    await demo.locator('li.msg.msg--buyer').first().waitFor();
    await demo.getByRole('button', { name: '练习模式' }).click();
    await demo.getByRole('dialog', { name: '选择练习场景' }).waitFor();
    await demo.locator(`[data-testid="practice-scenario"][data-practice-id="${standard.id}"]`).click();
    const input = demo.locator('textarea#demo-reply-input');
    const sent = demo.locator('li.msg.msg--agent .msg__text');
    for (const [index] of standard.turns.entries()) {
      await expect.poll(() => demo.getByTestId('practice-turn').textContent(), { timeout: 20_000 }).toMatch(new RegExp(`^第 ${index + 1}/${standard.turns.length} 轮`));
      const before = await sent.count();
      if (index === RISKY_TURN) {
        await input.fill('加我微信，发你实拍图');
        await input.press('Enter');
        await expect.poll(() => demo.locator('[data-testid="send-guard"]').getAttribute('data-status')).toBe('blocked');
        await demo.getByTestId('guard-send-anyway').click();
      } else {
        await input.fill('亲，好的，我这边马上帮您看一下，请稍等～');
        await demo.locator('button#demo-send').click();
      }
      await expect.poll(() => sent.count()).toBe(before + 1);
    }
    const grade = demo.getByTestId('practice-score-card').getByTestId('practice-grade');
    await grade.waitFor({ timeout: 20_000 });
    points = /(\d+(?:\.\d+)?) 分/.exec((await grade.textContent()) ?? '')?.[1] ?? '';
    expect(points).not.toBe('');
    await demo.close();
  });

  it('the agent uses a phrase (what became of each insertion is recorded) and exports their report from the options page', async () => {
    const options = await agent.openExtensionPage('options.html');
    // What the page session sends the worker as the agent works: ids and outcomes only.
    for (let use = 0; use < 3; use += 1) await requestFromBackground(options, 'recordInsertion', { phraseUid: PHRASE, intent: 'greeting' });
    await requestFromBackground(options, 'recordInsertionOutcome', { phraseUid: PHRASE, intent: 'greeting', outcome: 'sent-unchanged' });
    await requestFromBackground(options, 'recordInsertionOutcome', { phraseUid: PHRASE, intent: 'greeting', outcome: 'deleted' });

    await options.getByTestId('options-nav-packs').click();
    await options.getByTestId('agent-report-name').fill('小王');
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('agent-report-json').click()]);
    ownReport = join(folder, download.suggestedFilename());
    await download.saveAs(ownReport);

    expect(download.suggestedFilename()).toMatch(/^report-小王-\d{4}-\d{2}-\d{2}\.json$/);
    const report = JSON.parse(readFileSync(ownReport, 'utf8')) as {
      format: number;
      agent: string;
      practice: { points: number; scenarioId: string }[];
      suggested: { phraseUid: string; count: number }[];
      sentAnyway: { ruleUid: string; held?: number; sentAnyway: number }[];
    };
    expect(report).toMatchObject({ format: 2, agent: '小王' });
    // The suggestions the practice buyer's messages got were counted by the worker.
    expect(report.suggested.length).toBeGreaterThan(0);
    ownSuggested = report.suggested.find((row) => row.phraseUid === PHRASE)?.count ?? 0;
    // The send guard counted the risky draft it stopped, and the 仍然发送.
    const ownRule = report.sentAnyway.find((row) => row.ruleUid === `default-rules/${RULE}`);
    own.held = ownRule?.held ?? 0;
    own.sentAnyway = ownRule?.sentAnyway ?? 0;
    expect(own.held).toBeGreaterThanOrEqual(1);
    expect(own.sentAnyway).toBe(1);
    expect(report.practice).toEqual([expect.objectContaining({ scenarioId: standard.id, points: Number(points) })]);
    // Scores only: nothing the trainee typed travels with the report.
    expect(readFileSync(ownReport, 'utf8')).not.toContain('马上帮您看一下');
    expect(readFileSync(ownReport, 'utf8')).not.toContain('发你实拍图');
    await options.close();
  });

  it('three reports dropped at once give the funnel chart, whose table shows the merged counts', async () => {
    lead = await startExtension();
    leadPage = await lead.openExtensionPage('options.html');
    const page = leadPage;
    await page.getByTestId('options-nav-team-review').click();
    const files = [
      ownReport,
      colleagueReport('小李', 9, { count: 5, sentUnchanged: 2, edited: 2, deleted: 1 }, { held: 3, sentAnyway: 2 }),
      colleagueReport('小张', 4, { count: 2, sentUnchanged: 0, edited: 0, deleted: 2 }, { held: 1, sentAnyway: 1 }),
    ];
    await page.getByTestId('team-review-files').setInputFiles(files);

    await expect.poll(() => page.getByTestId('team-review-loaded').textContent()).toContain('已导入 3 份报告：小王、小李、小张');
    // The chart draws (SVG bars), and is a picture named by its summary.
    const chart = page.getByTestId('team-funnel-chart');
    await expect.poll(() => chart.locator('svg path').count(), { timeout: 20_000 }).toBeGreaterThan(3);
    expect(await chart.getAttribute('role')).toBe('img');
    const name = await page.evaluate(() => {
      const element = document.querySelector('[data-testid="team-funnel-chart"]');
      return document.getElementById(element?.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
    });
    expect(name).toMatch(/共推荐 \d+ 次、插入 10 次：原样发送 3 次，改后发送 2 次，删掉 4 次，去向未知 1 次/);
    // phrase, category, suggested, not taken, inserted, unchanged, edited, deleted, unknown, agents, id
    const suggested = ownSuggested + 9 + 4;
    const notTaken = Math.max(0, suggested - 10);
    const cells = await rowCells(page, 'team-funnel-table', PHRASE);
    expect(cells.slice(2)).toEqual([String(suggested), String(notTaken), '10', '3', '2', '4', '1', '3', PHRASE]);

    // Risky drafts by rule: stopped, fixed, sent anyway, then 仍然发送 per agent.
    const held = own.held + 3 + 1;
    expect(await rowCells(page, 'team-risky-rules-table', RULE)).toEqual([RULE, 'off-platform', String(held), String(held - 4), '4', '1', '2', '1']);
    await page.getByTestId('team-risky-rules-chart').locator('svg').waitFor();
    // … and by agent.
    expect(await rowCells(page, 'team-risky-agents-table', '小张')).toEqual(['小张', '1', '0', '1']);
    expect((await rowCells(page, 'team-risky-agents-table', '小王')).slice(3)).toEqual(['1']);
  });

  it('the practice run the agent exported appears for its trainee', async () => {
    const page = leadPage;
    const cells = await rowCells(page, 'team-practice-table', '小王');
    // trainee, tries, scenarios, average, best, last score, last grade, …
    expect(cells.slice(0, 6)).toEqual(['小王', '1', '1', points, points, points]);
    await page.getByTestId('team-practice-chart').locator('svg').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('team-practice-csv').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[1]?.startsWith(`小王,1,1,${points},${points},${points},`)).toBe(true);
  });

  it('with the charts shown, every control has a name and Tab reaches it', async () => {
    const audit = await auditControlNames(lead.context, leadPage);
    expect(audit.unnamed).toEqual([]);
    const focusable = await markFocusableControls(leadPage);
    const reached = await reachedByTab(leadPage, focusable.length + 3);
    expect(focusable.filter((mark) => !reached.includes(mark))).toEqual([]);
  });
});
