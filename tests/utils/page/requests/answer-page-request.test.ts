// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { answerPageRequest, InvalidPageRequestError } from '../../../../utils/page/requests/answer-page-request';
import type { PageSession } from '../../../../utils/page/page-session';
import { createPhraseInsertion } from '../../../../utils/page/phrase-insertion';
import { DEFAULT_SETTINGS } from '../../../../utils/schemas/settings';

function fakeSession(): PageSession {
  return {
    adapter: { id: 'demo' } as PageSession['adapter'],
    readThread: vi.fn(() => ({ site: 'demo', hasInput: true, thread: null })),
    insertText: vi.fn(async () => ({ ok: true, strategy: 'native-value-setter' })),
    inputState: vi.fn(() => ({ input: 'found' as const, hasMessageList: true, focusInChildFrame: false })),
    stop: vi.fn(),
  };
}

function insertionFor(session: PageSession, outcomes = { watch: vi.fn() }, recordInsertion = vi.fn(async () => undefined)) {
  return createPhraseInsertion({ session, loadSettings: async () => DEFAULT_SETTINGS, outcomes, recordInsertion, onError: () => undefined });
}

const GREETING = { text: '亲，在的～', phraseUid: 'default-zh:greeting-001', category: 'greeting' };

describe('answering a page request', () => {
  it('inserts the phrase of a well-formed request through the page session', async () => {
    const session = fakeSession();
    await expect(answerPageRequest(session, 'insertPhrase', GREETING, insertionFor(session))).resolves.toEqual({
      ok: true,
      strategy: 'native-value-setter',
      text: '亲，在的～',
    });
    expect(session.insertText).toHaveBeenCalledWith('亲，在的～', undefined);
  });

  it('watches the fate of a phrase the popup inserted, under its ids, once the text landed, and counts the use', async () => {
    const session = fakeSession();
    const outcomes = { watch: vi.fn() };
    const recordInsertion = vi.fn(async () => undefined);
    const phrase = { text: '亲，今天发货', phraseUid: 'default-zh:ship-001', category: 'shipping' };

    await answerPageRequest(session, 'insertPhrase', phrase, insertionFor(session, outcomes, recordInsertion));

    expect(outcomes.watch).toHaveBeenCalledWith({ text: '亲，今天发货', phraseUid: 'default-zh:ship-001', intent: 'shipping' });
    expect(recordInsertion).toHaveBeenCalledWith('default-zh:ship-001', 'shipping');
  });

  it('watches and counts nothing when the insertion failed', async () => {
    const session = fakeSession();
    const outcomes = { watch: vi.fn() };
    const recordInsertion = vi.fn(async () => undefined);
    vi.mocked(session.insertText).mockResolvedValue({ ok: false, reason: 'no-input' });
    await answerPageRequest(session, 'insertPhrase', GREETING, insertionFor(session, outcomes, recordInsertion));

    expect(outcomes.watch).not.toHaveBeenCalled();
    expect(recordInsertion).not.toHaveBeenCalled();
  });

  it.each([
    ['no data at all', undefined],
    ['empty text', { ...GREETING, text: '' }],
    ['text that is not a string', { ...GREETING, text: 42 }],
    ['a text longer than any phrase', { ...GREETING, text: '好'.repeat(2001) }],
    ['HTML smuggled as another field', { html: '<img src=x onerror=alert(1)>' }],
    ['a phrase without its uid', { text: '亲，在的～', category: 'greeting' }],
  ])('refuses %s and inserts nothing', async (_case, data) => {
    const session = fakeSession();
    await expect(answerPageRequest(session, 'insertPhrase', data, insertionFor(session))).rejects.toBeInstanceOf(InvalidPageRequestError);
    expect(session.insertText).not.toHaveBeenCalled();
  });

  it('inserts the plain text of an insertPlainText request (a product fact) and counts no phrase use', async () => {
    const session = fakeSession();
    const outcomes = { watch: vi.fn() };
    const recordInsertion = vi.fn(async () => undefined);
    await expect(answerPageRequest(session, 'insertPlainText', { text: '304 不锈钢' }, insertionFor(session, outcomes, recordInsertion))).resolves.toEqual({
      ok: true,
      strategy: 'native-value-setter',
      text: '304 不锈钢',
    });
    expect(session.insertText).toHaveBeenCalledWith('304 不锈钢', undefined);
    expect(outcomes.watch).not.toHaveBeenCalled();
    expect(recordInsertion).not.toHaveBeenCalled();
  });

  it.each([
    ['no data at all', undefined],
    ['empty text', { text: '' }],
    ['a text longer than any fact', { text: '好'.repeat(2001) }],
    ['text that is not a string', { text: ['<img src=x onerror=alert(1)>'] }],
  ])('refuses an insertPlainText request with %s and inserts nothing', async (_case, data) => {
    const session = fakeSession();
    await expect(answerPageRequest(session, 'insertPlainText', data, insertionFor(session))).rejects.toBeInstanceOf(InvalidPageRequestError);
    expect(session.insertText).not.toHaveBeenCalled();
  });

  it('refuses a readThread request that carries data', async () => {
    const session = fakeSession();
    await expect(answerPageRequest(session, 'readThread', { everything: true }, insertionFor(session))).rejects.toThrow(/readThread/);
    expect(session.readThread).not.toHaveBeenCalled();
  });

  it('does not pass on an answer that breaks the protocol', async () => {
    const session = fakeSession();
    vi.mocked(session.readThread).mockReturnValue({ site: 'demo', hasInput: 'yes' } as never);
    await expect(answerPageRequest(session, 'readThread', undefined, insertionFor(session))).rejects.toThrow();
  });
});
