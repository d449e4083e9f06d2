import { describe, expect, it } from 'vitest';
import { describeProblem, ImportFailure } from '../../../utils/packs/import-problem';
import { readPackJson } from '../../../utils/packs/read-pack-json';
import { fixtureBytes } from './pack-fixtures';

const teaShopText = () => new TextDecoder().decode(fixtureBytes('tea-shop.json'));
const teaShop = () => JSON.parse(teaShopText()) as Record<string, unknown> & { phrases: Record<string, unknown>[] };

function failureLines(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFailure) return error.problems.map(describeProblem);
    throw error;
  }
  throw new Error('expected the pack to be refused');
}

describe('a JSON pack (format 1)', () => {
  it('brings its categories, phrases, wording rules, custom sites and locks', () => {
    const { pack, invalid } = readPackJson(teaShopText());

    expect(invalid).toEqual([]);
    expect(pack).toMatchObject({ id: 'tea-shop', version: '1.0.0', language: 'zh-CN' });
    expect(pack.phrases).toHaveLength(6);
    expect(pack.rules.map((rule) => rule.id)).toEqual(['tea-cure-claims']);
    expect(pack.sites[0]).toMatchObject({ id: 'tea-shop-im', selectors: { input: 'textarea#reply' } });
    expect(pack.locked).toEqual({ phrases: ['greet-001', 'after-001'], rules: ['tea-cure-claims'] });
  });

  it('keeps HTML in a phrase as text: it is data, never markup', () => {
    const { pack } = readPackJson(teaShopText());

    expect(pack.phrases.find((phrase) => phrase.id === 'html-001')?.text).toBe('亲，<b>限时</b>活动价，<script>alert(1)</script> 以页面为准～');
  });

  it('leaves out a phrase that does not fit and lists it by its place in the file; the rest imports', () => {
    const file = teaShop();
    file.phrases[2] = { ...file.phrases[2], text: '' };
    file.phrases.push({ ...file.phrases[0], text: '亲，再说一次' }); // duplicate id greet-001

    const { pack, invalid } = readPackJson(JSON.stringify(file));

    expect(pack.phrases.map((phrase) => phrase.id)).toEqual(['greet-001', 'brew-001', 'ship-001', 'after-001', 'html-001']);
    expect(invalid.map((problem) => problem.path)).toEqual(['phrases[2].text', 'phrases[6].id']);
    expect(invalid[0]).toMatchObject({ column: 'text', example: expect.any(String) });
  });

  it('refuses a pack whose own fields are wrong, naming each field with an example', () => {
    const file = { ...teaShop(), id: 'Tea Shop', version: 'latest' };

    expect(failureLines(() => readPackJson(JSON.stringify(file)))).toEqual([
      expect.stringMatching(/^id 「id」: 话术包 id .*例如/),
      expect.stringMatching(/^version 「version」: 版本号.*（例如 \/ e\.g\. "1\.2\.0"）/),
    ]);
  });

  it('refuses a lock on a phrase that is not in the pack', () => {
    const file = { ...teaShop(), locked: { phrases: ['nope-001'] } };

    expect(failureLines(() => readPackJson(JSON.stringify(file)))).toEqual([expect.stringMatching(/locked\.phrases\[0\].*nope-001/)]);
  });

  it('refuses a rule with a regex that could hang the checker', () => {
    const file = teaShop();
    file['rules'] = [
      {
        id: 'slow',
        category: 'rude',
        severity: 'warn',
        patterns: ['(a+)+$'],
        reason: { 'zh-CN': '测试', en: 'test' },
        alternative: { 'zh-CN': '测试', en: 'test' },
      },
    ];
    file['locked'] = { phrases: [] };

    expect(failureLines(() => readPackJson(JSON.stringify(file)))[0]).toMatch(/^rules\[0\]\.patterns\[0\]\.regex/);
  });

  it('reads a file with a byte-order mark, and says plainly when the text is not JSON', () => {
    expect(readPackJson(`\ufeff${teaShopText()}`).pack.id).toBe('tea-shop');
    expect(failureLines(() => readPackJson('{"format": 1,'))).toEqual([expect.stringMatching(/不是有效的 JSON/)]);
    expect(failureLines(() => readPackJson('[1, 2]'))).toEqual([expect.stringMatching(/JSON 对象/)]);
  });
});

describe('pack formats', () => {
  it('a file from a newer format asks to update the extension instead of misreading it', () => {
    expect(failureLines(() => readPackJson(JSON.stringify({ ...teaShop(), format: 5 })))).toEqual([
      expect.stringMatching(/话术包格式 5，比这个扩展认识的（4）新；请先更新扩展/),
    ]);
  });

  it('a file without a format, or with a made-up one, is refused with the format to write', () => {
    const { format: _format, ...withoutFormat } = teaShop();

    expect(failureLines(() => readPackJson(JSON.stringify(withoutFormat)))).toEqual([expect.stringMatching(/"format": 4/)]);
    expect(failureLines(() => readPackJson(JSON.stringify({ ...teaShop(), format: '1' })))).toEqual([expect.stringMatching(/"format": 4/)]);
  });
});

describe('keys that try to reach into objects', () => {
  it('__proto__, constructor and prototype keys change nothing and reach nothing', () => {
    // Fields the format does not know are refused by name (packs are strict), and nothing leaks.
    const hostile = teaShopText().replace('"format": 1,', '"format": 1, "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},');
    expect(failureLines(() => readPackJson(hostile))).toEqual([expect.stringMatching(/不认识字段 "__proto__", "constructor".*update the extension/)]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

    // Where a record takes any name (a site's selectors), such keys stay plain data.
    const selectors = teaShopText().replace('"messageList": "ol.messages",', '"__proto__": "x", "messageList": "ol.messages",');
    const { pack } = readPackJson(selectors);
    expect(Object.getPrototypeOf(pack)).toBe(Object.prototype);
    expect(Object.keys(pack)).not.toContain('__proto__');
    expect(Object.getPrototypeOf(pack.sites[0]?.selectors)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a field this version does not know is refused with a message to update the extension, not dropped', () => {
    const newer = teaShopText().replace('"format": 1,', '"format": 3, "warranty": [],');
    expect(failureLines(() => readPackJson(newer))).toEqual([expect.stringMatching(/不认识字段 "warranty".*update the extension/)]);
  });
});
