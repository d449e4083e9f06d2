import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readRuleStats, setRuleStatus } from '../../../utils/library/risky-wording-rules-store';
import { callBackground } from '../../../utils/messaging/background-client';
import { backgroundMessenger } from '../../../utils/messaging/background-messenger';
import { serveWordingRequests } from '../../../utils/worker/serve-risky-wording-requests';
import { compileRules } from '../../../utils/risky-wording/compile-rules';
import { checkWording } from '../../../utils/risky-wording/check-wording';
import { defaultWordingRules } from '../../../utils/risky-wording/default-rules';
import { useChromeRuntimeMessaging } from '../../entrypoints/background/chrome-runtime-messaging';
import { closeTestLibraryDbs, freshLibraryDbName, openTestLibraryDb } from '../db/test-library-db';

let dbName: string;
let stop: (() => void) | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  useChromeRuntimeMessaging();
  dbName = freshLibraryDbName();
  stop = serveWordingRequests(openTestLibraryDb(dbName));
});
afterEach(() => {
  stop?.();
  backgroundMessenger.removeAllListeners();
  closeTestLibraryDbs();
  vi.restoreAllMocks();
});

const meetingOffline = { term: '老地方见', reason: '暗示线下交易', category: 'off-platform' } as const;

describe('the wording rules a chat page checks drafts with', () => {
  it('serves the shipped rules with their library rows, then nothing new until the library changes', async () => {
    // A library nobody has written to yet has no version stamp: null is a version like any other.
    const first = await callBackground('getWordingRules', {});
    expect(first.rules?.map((entry) => entry.uid)).toContain('default-rules/off-platform-contact');
    expect(first.rules).toHaveLength(defaultWordingRules().length);

    const again = await callBackground('getWordingRules', { knownVersion: first.version });
    expect(again).toEqual({ version: first.version, rules: null });

    await callBackground('flagWording', meetingOffline);
    const afterFlag = await callBackground('getWordingRules', { knownVersion: first.version });
    expect(afterFlag.version).not.toBe(first.version);
    const flagged = afterFlag.rules?.find((entry) => entry.uid.startsWith('local/'));
    expect(flagged?.rule).toMatchObject({ severity: 'warn', terms: ['老地方见'] });
    // What the page compiles from the answer finds the flagged words.
    const compiled = compileRules(afterFlag.rules!.map((entry) => entry.rule));
    expect(checkWording(compiled, '明天老地方见')[0]?.ruleId).toBe(flagged?.rule.id);
  });

  it('leaves out a shipped rule the team lead switched off', async () => {
    await callBackground('getWordingRules', {});
    await setRuleStatus(openTestLibraryDb(dbName), 'default-rules/rude-curt', 'rejected');
    const served = await callBackground('getWordingRules', {});
    expect(served.rules?.map((entry) => entry.uid)).not.toContain('default-rules/rude-curt');
    expect((await callBackground('checkDraft', { text: '呵呵' })).map((finding) => finding.ruleId)).not.toContain('rude-curt');
    // The models belong to a rule of their own: switched off, they say nothing either.
    await setRuleStatus(openTestLibraryDb(dbName), 'default-rules/model-check', 'rejected');
    expect(await callBackground('checkDraft', { text: '呵呵' })).toEqual([]);
  });
});

describe('checking a draft from the popup', () => {
  it('finds the risky words, with the buyer’s own details allowed back when the thread is given', async () => {
    const findings = await callBackground('checkDraft', { text: '亲，加我微信聊' });
    expect(findings).toMatchObject([{ ruleId: 'off-platform-contact', severity: 'block', start: 2, end: 6 }]);

    const thread = { messages: [{ role: 'buyer' as const, text: '我的电话是13812345678，地址写错了' }] };
    const ownPhone = await callBackground('checkDraft', { text: '您的电话是13812345678对吗', thread });
    expect(ownPhone.filter((finding) => finding.category === 'privacy')).toEqual([]);
  });
});

describe('标记违规 and 仍然发送', () => {
  it('turns a flag into a local warning at once, listed as 待审核', async () => {
    const flag = await callBackground('flagWording', meetingOffline);
    expect(flag).toMatchObject({ term: '老地方见', reason: '暗示线下交易', category: 'off-platform', status: 'pending-review' });

    expect(await callBackground('checkDraft', { text: '明天老地方见' })).toMatchObject([{ severity: 'warn', matchedText: '老地方见' }]);
    expect(await callBackground('listFlags')).toEqual([flag]);
  });

  it('refuses a flag without a reason, or made of symbols only, saying what is wrong', async () => {
    await expect(callBackground('flagWording', { ...meetingOffline, reason: '  ' })).rejects.toThrow(/请写明原因/);
    await expect(callBackground('flagWording', { ...meetingOffline, term: '！！' })).rejects.toThrow(/规范化后为空/);
    expect(await callBackground('listFlags')).toEqual([]);
  });

  it('counts each 仍然发送 for the rule that stopped the send', async () => {
    expect(await callBackground('recordSentAnyway', { ruleUid: 'default-rules/off-platform-contact' })).toEqual({ ok: true, sentAnyway: 1 });
    expect(await callBackground('recordSentAnyway', { ruleUid: 'default-rules/off-platform-contact' })).toEqual({ ok: true, sentAnyway: 2 });
    expect(await readRuleStats(openTestLibraryDb(dbName))).toMatchObject([{ ruleUid: 'default-rules/off-platform-contact', sentAnyway: 2 }]);
  });

  it('counts each stopped risky draft for every rule that stopped it, next to its 仍然发送 count', async () => {
    expect(await callBackground('recordDraftHeld', { ruleUids: ['default-rules/off-platform-contact', 'default-rules/privacy-id-number'] })).toEqual({ ok: true });
    await callBackground('recordSentAnyway', { ruleUid: 'default-rules/off-platform-contact' });
    expect(await readRuleStats(openTestLibraryDb(dbName))).toMatchObject([
      { ruleUid: 'default-rules/off-platform-contact', held: 1, sentAnyway: 1 },
      { ruleUid: 'default-rules/privacy-id-number', held: 1, sentAnyway: 0 },
    ]);
    await expect(callBackground('recordDraftHeld', { ruleUids: [] } as never)).rejects.toThrow(/不符合协议/);
  });

  it('refuses malformed data before anything runs', async () => {
    await expect(callBackground('recordSentAnyway', { ruleUid: '' } as never)).rejects.toThrow(/不符合协议/);
    await expect(callBackground('flagWording', { ...meetingOffline, category: 'spam' } as never)).rejects.toThrow(/不符合协议/);
  });
});
