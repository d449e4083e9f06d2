import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readLibraryVersion } from '../../../utils/db/meta';
import { DEFAULT_RULES_PACK_ID } from '../../../utils/db/records';
import { installPack } from '../../../utils/library/install-pack';
import { loadLibrarySnapshot } from '../../../utils/library/load-library';
import { removePack } from '../../../utils/library/remove-pack';
import {
  activeWordingRules,
  addFlaggedRule,
  listFlaggedRules,
  readRuleStats,
  recordSentAnyway,
  seedDefaultWordingRules,
  setRuleStatus,
} from '../../../utils/library/risky-wording-rules-store';
import type { PackInput } from '../../../utils/schemas/pack';
import { checkWording } from '../../../utils/risky-wording/check-wording';
import { defaultWordingRuleSet } from '../../../utils/risky-wording/default-rules';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';
import { TEA_SHOP_PACK } from './test-packs';

afterEach(() => {
  closeTestLibraryDbs();
  vi.restoreAllMocks();
});

const WECHAT_FLAG = { term: '老地方聊', reason: '暗指私下联系，站外引流', category: 'off-platform' } as const;

describe('the shipped wording rules', () => {
  it('are active in a new library, as pack "default-rules"', async () => {
    const db = openTestLibraryDb();

    const rules = await activeWordingRules(db);

    expect(rules).toHaveLength(defaultWordingRuleSet().rules.length);
    expect(new Set(rules.map((rule) => rule.packId))).toEqual(new Set([DEFAULT_RULES_PACK_ID]));
    expect(checkWording(rules, '亲，加我微信吧').length).toBeGreaterThan(0);
  });

  it('are installed again when an update ships a new version of them, keeping a rule the lead switched off', async () => {
    const db = openTestLibraryDb();
    const [first] = await activeWordingRules(db);
    if (!first) throw new Error('no shipped rules');
    await setRuleStatus(db, first.uid, 'rejected');
    // What the previous build left behind: an older rule set, and a rule the new set no longer has.
    await db.meta.put({ key: 'defaultWordingRulesVersion', value: '0.9.0' });
    await db.rules.put({ ...first, uid: `${DEFAULT_RULES_PACK_ID}/retired-rule`, id: 'retired-rule' });
    const before = await readLibraryVersion(db);

    expect(await seedDefaultWordingRules(db)).toBe(true);

    const rules = await activeWordingRules(db);
    expect(rules.map((rule) => rule.uid)).not.toContain(first.uid);
    expect(rules.map((rule) => rule.uid)).not.toContain(`${DEFAULT_RULES_PACK_ID}/retired-rule`);
    expect(await db.rules.count()).toBe(defaultWordingRuleSet().rules.length);
    expect(await readLibraryVersion(db)).not.toBe(before);
    expect(await seedDefaultWordingRules(db)).toBe(false);
  });
});

describe('an agent flags wording the rules missed', () => {
  it('is checked at once, as a warning, while the lead has not reviewed it', async () => {
    const db = openTestLibraryDb();

    const flag = await addFlaggedRule(db, WECHAT_FLAG, 1000);

    expect(flag).toMatchObject({ packId: 'local', status: 'pending-review', severity: 'warn', terms: ['老地方聊'], createdAt: 1000 });
    const findings = checkWording(await activeWordingRules(db), '亲，方便的话咱们老地方聊');
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: flag.id, severity: 'warn' }));
    expect(await listFlaggedRules(db)).toEqual([flag]);
  });

  it('flagging the same words twice keeps one flag', async () => {
    const db = openTestLibraryDb();

    const first = await addFlaggedRule(db, WECHAT_FLAG, 1000);
    const second = await addFlaggedRule(db, { ...WECHAT_FLAG, reason: '又看到一次' }, 2000);

    expect(second).toEqual(first);
    expect(await listFlaggedRules(db)).toHaveLength(1);
  });

  it('refuses an empty term or a term of symbols only, with an example, writing nothing', async () => {
    const db = openTestLibraryDb();

    await expect(addFlaggedRule(db, { ...WECHAT_FLAG, term: '   ' })).rejects.toThrow(/例如 "加我微信"/);
    await expect(addFlaggedRule(db, { ...WECHAT_FLAG, term: '～～！' })).rejects.toThrow(/规范化后为空/);
    expect(await listFlaggedRules(db)).toEqual([]);
  });

  it('once approved it is a rule; once rejected it is no longer checked', async () => {
    const db = openTestLibraryDb();
    const approved = await addFlaggedRule(db, WECHAT_FLAG);
    const rejected = await addFlaggedRule(db, { term: '好评返现', reason: '诱导好评', category: 'review-incentive' });

    await setRuleStatus(db, approved.uid, 'active');
    await setRuleStatus(db, rejected.uid, 'rejected');

    const active = await activeWordingRules(db);
    expect(active.find((rule) => rule.uid === approved.uid)?.status).toBe('active');
    expect(active.map((rule) => rule.uid)).not.toContain(rejected.uid);
    expect((await listFlaggedRules(db)).map((rule) => rule.status).sort()).toEqual(['active', 'rejected']);
  });

  it('flagging rejected words again asks the lead again', async () => {
    const db = openTestLibraryDb();
    const flag = await addFlaggedRule(db, WECHAT_FLAG);
    await setRuleStatus(db, flag.uid, 'rejected');

    const again = await addFlaggedRule(db, WECHAT_FLAG);

    expect(again.status).toBe('pending-review');
  });

  it('every change to the rules gives the library a new version stamp, so the suggestion index rechecks its phrases', async () => {
    const db = openTestLibraryDb();
    await activeWordingRules(db);
    const stamps = [await readLibraryVersion(db)];

    const flag = await addFlaggedRule(db, WECHAT_FLAG);
    stamps.push(await readLibraryVersion(db));
    await setRuleStatus(db, flag.uid, 'active');
    stamps.push(await readLibraryVersion(db));

    expect(new Set(stamps).size).toBe(3);
  });
});

describe('仍然发送 counts for the lead', () => {
  it('adds one per send-anyway, per rule, without touching the library version', async () => {
    const db = openTestLibraryDb();
    const [rule] = await activeWordingRules(db);
    if (!rule) throw new Error('no shipped rules');
    const version = await readLibraryVersion(db);

    await recordSentAnyway(db, rule.uid, 10);
    await recordSentAnyway(db, rule.uid, 20);

    expect(await readRuleStats(db)).toEqual([{ ruleUid: rule.uid, sentAnyway: 2, lastAt: 20 }]);
    expect(await readLibraryVersion(db)).toBe(version);
  });
});

describe('rules a pack locks', () => {
  const LOCKED_RULE_PACK = {
    ...TEA_SHOP_PACK,
    rules: [
      {
        id: 'no-cash-back',
        category: 'review-incentive',
        severity: 'block',
        terms: ['茶叶券'],
        reason: { 'zh-CN': '用茶叶券换好评违反平台规则', en: 'vouchers for reviews break platform rules' },
        alternative: { 'zh-CN': '感谢您的支持～', en: 'Thanks for your support' },
      },
    ],
    locked: { rules: ['no-cash-back'] },
  } satisfies PackInput;

  it('cannot be switched off, and the message says where to change it', async () => {
    const db = openTestLibraryDb();
    await installPack(db, LOCKED_RULE_PACK);

    await expect(setRuleStatus(db, 'tea-shop/no-cash-back', 'rejected')).rejects.toThrow(/已被话术包锁定.*locked by its pack/);
    expect((await activeWordingRules(db)).map((rule) => rule.uid)).toContain('tea-shop/no-cash-back');
  });

  it('leave with their pack', async () => {
    const db = openTestLibraryDb();
    await installPack(db, LOCKED_RULE_PACK);

    await removePack(db, 'tea-shop');

    expect((await activeWordingRules(db)).map((rule) => rule.uid)).not.toContain('tea-shop/no-cash-back');
  });

  it('a phrase whose wording an active rule blocks is not suggested', async () => {
    const db = openTestLibraryDb();
    await installPack(db, {
      ...LOCKED_RULE_PACK,
      phrases: [...LOCKED_RULE_PACK.phrases, { id: 'bad-001', text: '亲，晒图送您一张茶叶券哦', category: 'after-sales' }],
    });

    const snapshot = await loadLibrarySnapshot(db);

    expect(snapshot.library.phrases.map((phrase) => phrase.uid)).not.toContain('tea-shop/bad-001');
    expect(snapshot.blocked).toContainEqual({ uid: 'tea-shop/bad-001', ruleIds: expect.arrayContaining(['no-cash-back']) });
  });
});

it('setting the status of a rule that is not there says so', async () => {
  const db = openTestLibraryDb();

  await expect(setRuleStatus(db, 'local/flag-nothing', 'active')).rejects.toThrow(/没有这条规则/);
});
