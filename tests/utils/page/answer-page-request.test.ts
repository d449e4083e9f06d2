// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { answerPageRequest, InvalidPageRequestError } from '../../../utils/page/answer-page-request';
import type { PageSession } from '../../../utils/page/page-session';

function fakeSession(): PageSession {
  return {
    adapter: { id: 'demo' } as PageSession['adapter'],
    readThread: vi.fn(() => ({ site: 'demo', hasInput: true, thread: null })),
    insertText: vi.fn(async () => ({ ok: true, strategy: 'native-value-setter' })),
    inputState: vi.fn(() => ({ input: 'found' as const, hasMessageList: true, focusInChildFrame: false })),
    stop: vi.fn(),
  };
}

describe('answering a page request', () => {
  it('inserts the text of a well-formed request', async () => {
    const session = fakeSession();
    await expect(answerPageRequest(session, 'insertText', { text: '亲，在的～' })).resolves.toEqual({ ok: true, strategy: 'native-value-setter' });
    expect(session.insertText).toHaveBeenCalledWith('亲，在的～');
  });

  it('watches the fate of a phrase the popup inserted, under its ids, once the text landed', async () => {
    const session = fakeSession();
    const outcomes = { watch: vi.fn() };
    const phrase = { phraseUid: 'default-zh:ship-001', intent: 'shipping' };

    await answerPageRequest(session, 'insertText', { text: '亲，今天发货', watchOutcome: phrase }, outcomes);

    expect(outcomes.watch).toHaveBeenCalledWith({ text: '亲，今天发货', ...phrase });
  });

  it('watches nothing when the insertion failed or named no phrase', async () => {
    const session = fakeSession();
    const outcomes = { watch: vi.fn() };
    await answerPageRequest(session, 'insertText', { text: '亲，在的～' }, outcomes);
    vi.mocked(session.insertText).mockResolvedValue({ ok: false, reason: 'no-input' });
    await answerPageRequest(session, 'insertText', { text: '亲，在的～', watchOutcome: { phraseUid: 'p1', intent: 'greeting' } }, outcomes);

    expect(outcomes.watch).not.toHaveBeenCalled();
  });

  it.each([
    ['no data at all', undefined],
    ['empty text', { text: '' }],
    ['text that is not a string', { text: 42 }],
    ['a text longer than any phrase', { text: '好'.repeat(2001) }],
    ['HTML smuggled as another field', { html: '<img src=x onerror=alert(1)>' }],
    ['a phrase to watch without its uid', { text: '亲，在的～', watchOutcome: { intent: 'greeting' } }],
  ])('refuses %s and inserts nothing', async (_case, data) => {
    const session = fakeSession();
    await expect(answerPageRequest(session, 'insertText', data)).rejects.toBeInstanceOf(InvalidPageRequestError);
    expect(session.insertText).not.toHaveBeenCalled();
  });

  it('refuses a readThread request that carries data', async () => {
    const session = fakeSession();
    await expect(answerPageRequest(session, 'readThread', { everything: true })).rejects.toThrow(/readThread/);
    expect(session.readThread).not.toHaveBeenCalled();
  });

  it('does not pass on an answer that breaks the protocol', async () => {
    const session = fakeSession();
    vi.mocked(session.readThread).mockReturnValue({ site: 'demo', hasInput: 'yes' } as never);
    await expect(answerPageRequest(session, 'readThread', undefined)).rejects.toThrow();
  });
});
