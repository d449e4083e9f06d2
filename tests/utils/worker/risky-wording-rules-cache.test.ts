import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredWordingRule } from '../../../utils/db/records';
import { addFlaggedRule } from '../../../utils/library/risky-wording-rules-store';
import { writeLibrary } from '../../../utils/library/write-library';
import { createWordingRulesCache } from '../../../utils/worker/risky-wording-rules-cache';
import { checkWording } from '../../../utils/risky-wording/check-wording';
import { closeTestLibraryDbs, openTestLibraryDb } from '../db/test-library-db';

afterEach(closeTestLibraryDbs);

describe('the worker keeps the active rules compiled between requests', () => {
  it('compiles once per library version, and again after a write', async () => {
    const db = openTestLibraryDb();
    const cache = createWordingRulesCache(db);
    const first = await cache.current();
    expect(await cache.current()).toBe(first);

    await addFlaggedRule(db, { term: '老地方见', reason: '暗示线下交易', category: 'off-platform' });
    const after = await cache.current();
    expect(after).not.toBe(first);
    expect(checkWording(after.compiled, '明天老地方见')).toMatchObject([{ severity: 'warn' }]);
  });

  it('leaves out a stored rule that no longer compiles instead of switching every check off', async () => {
    const db = openTestLibraryDb();
    const broken: StoredWordingRule = {
      id: 'only-symbols',
      uid: 'team-pack/only-symbols',
      packId: 'team-pack',
      status: 'active',
      locked: false,
      createdAt: 1,
      category: 'rude',
      severity: 'block',
      terms: ['！！'],
      patterns: [],
      exceptions: [],
      sentenceExceptions: [],
      negatable: true,
      reason: { 'zh-CN': '无', en: 'none' },
      alternative: { 'zh-CN': '无', en: 'none' },
    };
    await writeLibrary(db, async () => {
      await db.rules.put(broken);
    });

    const rules = await createWordingRulesCache(db).current();

    expect(rules.served.map((entry) => entry.uid)).not.toContain('team-pack/only-symbols');
    expect(checkWording(rules.compiled, '加我微信聊')[0]?.ruleId).toBe('off-platform-contact');
  });
});
