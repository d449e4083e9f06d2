import { describe, expect, it } from 'vitest';
import { boundedPathCount } from '../../../utils/schemas/regex-path-bound';
import { checkWithRedosDetector, findRegexProblem, widenLiteralAlternations } from '../../../utils/schemas/regex-safety';

describe('regex safety check', () => {
  it('proves word lists with short windows safe by counting their paths', () => {
    expect(boundedPathCount('包邮[^。补]{0,20}补[^。运]{0,6}运费')).toBe(21 * 7);
    expect(boundedPathCount('(?:运费|邮费|快递费)您(?:来)?出')).toBe(2);
    // words that are prefixes of one another can both match at one position
    expect(boundedPathCount('(?:手续|手续费)')).toBe(2);
    expect(findRegexProblem('包邮[^。补]{0,20}补[^。运]{0,6}运费')).toBeNull();
  });

  it('leaves unbounded repetition and backreferences to redos-detector', () => {
    expect(boundedPathCount('(a+)+$')).toBeNull();
    expect(boundedPathCount('qq\\d{5,}')).toBeNull();
    expect(boundedPathCount('(a)\\1')).toBeNull();
    expect(findRegexProblem('qq\\d{5,}')).toBeNull();
    expect(findRegexProblem('(a+)+$')).toMatchObject({ kind: 'backtracking' });
    expect(findRegexProblem('qq\\d+\\d+元')).toMatchObject({ kind: 'backtracking' });
  });

  it('does not trust a bounded regex with an exploding number of paths', () => {
    expect(boundedPathCount('(?:a{0,10}){0,10}')).toBeGreaterThan(1e9);
    expect(findRegexProblem('(?:a{0,10}){0,10}b')).not.toBeNull();
  });

  it('reports syntax errors before anything else', () => {
    expect(findRegexProblem('加(微信')).toMatchObject({ kind: 'syntax' });
  });

  it('widens word lists before redos-detector sees them, keeping every string they match', () => {
    const widened = widenLiteralAlternations('(?:运费|邮费|快递费)(?:您|买家)出');
    expect(widened).toBe('(?:[运邮][费]|[快][递][费])(?:[您]|[买][家])出');
    for (const text of ['运费您出', '快递费买家出']) expect(new RegExp(widened, 'u').test(text)).toBe(true);
    // a repeated word adds ways to match, so such a group is left alone
    expect(widenLiteralAlternations('(?:a|a)')).toBe('(?:a|a)');
    expect(checkWithRedosDetector('(?:运费|邮费|快递费)(?:需要|要)?(?:您|你)(?:来)?(?:出|付)')).toBeNull();
  });
});
