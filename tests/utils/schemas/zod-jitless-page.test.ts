import '../../../utils/schemas/zod-jitless-page';
import { describe, expect, it } from 'vitest';
import { backgroundRequestsFromPages } from '../../../utils/messaging/page-protocol';

/** A malformed message between a chat page and the worker still says what was wrong, in a few words. */
describe('zod’s words on a chat page', () => {
  it('name the expected type, the bound or the allowed values', () => {
    const wrongType = backgroundRequestsFromPages.recordSentAnyway.data.safeParse({ ruleUid: 5 });
    expect(wrongType.success ? '' : wrongType.error.issues[0]?.message).toBe('expected string');
    const tooLong = backgroundRequestsFromPages.recordSentAnyway.data.safeParse({ ruleUid: 'x'.repeat(201) });
    expect(tooLong.success ? '' : tooLong.error.issues[0]?.message).toBe('too big: at most 200');
    const tooShort = backgroundRequestsFromPages.recordSentAnyway.data.safeParse({ ruleUid: 'ab' });
    expect(tooShort.success ? '' : tooShort.error.issues[0]?.message).toBe('too small: at least 3');
  });
});
