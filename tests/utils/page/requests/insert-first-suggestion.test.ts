import { describe, expect, it, vi } from 'vitest';
import type { InsertResult, PageThread } from '../../../../utils/schemas/page-results';
import { insertFirstSuggestion } from '../../../../utils/page/requests/insert-first-suggestion';
import { createPhraseInsertion } from '../../../../utils/page/phrase-insertion';
import { DEFAULT_SETTINGS } from '../../../../utils/schemas/settings';
import type { Suggestion, SuggestResult } from '../../../../utils/schemas/suggestion';
import type { Thread } from '../../../../utils/schemas/thread';

/**
 * The agent presses the insert-first-suggestion shortcut on a chat page: what Alt+1 on the bar
 * would put in the reply box lands there (placeholders filled, the use counted and watched).
 */
const THREAD: Thread = {
  site: 'pinduoduo',
  buyer: { nickname: '小橙子' },
  messages: [{ role: 'buyer', text: '在吗' }],
};

function suggestion(phraseUid: string, text: string): Suggestion {
  return { phraseUid, packId: 'default-zh', text, category: 'greeting', score: 0.9, reason: { kind: 'trigger', matched: '在吗' } };
}

function page({ thread = THREAD, suggestions = [suggestion('default-zh:greeting-001', '{买家}您好，我是{客服名}，请问有什么可以帮您？'), suggestion('default-zh:greeting-002', '亲，在的～')], inserted = { ok: true } as InsertResult } = {}) {
  const pageThread: PageThread = { site: 'pinduoduo', hasInput: true, thread };
  const insertText = vi.fn(async (_text: string, _into?: HTMLElement) => inserted);
  const recordInsertion = vi.fn(async () => ({ ok: true }));
  const outcomes = { watch: vi.fn() };
  const onError = vi.fn();
  const suggest = vi.fn(async (_thread: Thread): Promise<SuggestResult> => ({ buyerTurn: '在吗', suggestions }));
  const deps = {
    readThread: () => pageThread,
    suggest,
    insertPhrase: createPhraseInsertion({
      session: { insertText, readThread: () => pageThread },
      loadSettings: async () => ({ ...DEFAULT_SETTINGS, agentName: '阿青' }),
      outcomes,
      recordInsertion,
      onError,
    }),
    onError,
  };
  return { deps, insertText, recordInsertion, outcomes, suggest };
}

describe('the insert-first-suggestion shortcut on the page', () => {
  it('inserts the first suggestion for the thread as it is now, placeholders filled', async () => {
    const { deps, insertText, suggest } = page();

    await expect(insertFirstSuggestion(deps)).resolves.toEqual({ ok: true, phraseUid: 'default-zh:greeting-001' });

    expect(suggest).toHaveBeenCalledWith(THREAD);
    expect(insertText).toHaveBeenCalledTimes(1);
    expect(insertText).toHaveBeenCalledWith('小橙子您好，我是阿青，请问有什么可以帮您？', undefined);
  });

  it('counts the use and watches what the agent does with it, as the bar does', async () => {
    const { deps, recordInsertion, outcomes } = page();

    await insertFirstSuggestion(deps);

    expect(recordInsertion).toHaveBeenCalledWith('default-zh:greeting-001', 'greeting');
    expect(outcomes.watch).toHaveBeenCalledWith({
      text: '小橙子您好，我是阿青，请问有什么可以帮您？',
      phraseUid: 'default-zh:greeting-001',
      intent: 'greeting',
    });
  });

  it('touches nothing when the library has nothing to suggest', async () => {
    const { deps, insertText, recordInsertion } = page({ suggestions: [] });

    await expect(insertFirstSuggestion(deps)).resolves.toEqual({ ok: false, reason: 'no-suggestion' });
    expect(insertText).not.toHaveBeenCalled();
    expect(recordInsertion).not.toHaveBeenCalled();
  });

  it('touches nothing, and asks nobody, on a page without a conversation', async () => {
    const { deps, insertText, suggest } = page({ thread: null as unknown as Thread });

    await expect(insertFirstSuggestion(deps)).resolves.toEqual({ ok: false, reason: 'no-chat' });
    expect(suggest).not.toHaveBeenCalled();
    expect(insertText).not.toHaveBeenCalled();
  });

  it('counts nothing when the reply box would not take the text', async () => {
    const { deps, recordInsertion, outcomes } = page({ inserted: { ok: false, reason: 'no-input' } });

    await expect(insertFirstSuggestion(deps)).resolves.toEqual({ ok: false, reason: 'no-input' });
    expect(recordInsertion).not.toHaveBeenCalled();
    expect(outcomes.watch).not.toHaveBeenCalled();
  });

  it('still reports the insertion when only the use count failed', async () => {
    const { deps, recordInsertion } = page();
    recordInsertion.mockRejectedValue(new Error('Extension context invalidated.'));

    await expect(insertFirstSuggestion(deps)).resolves.toEqual({ ok: true, phraseUid: 'default-zh:greeting-001' });
    expect(deps.onError).toHaveBeenCalled();
  });
});

describe('the insertFirstSuggestion page request', () => {
  it('is refused, with nothing read or inserted, when it carries data', async () => {
    const { answerPageRequest, InvalidPageRequestError } = await import('../../../../utils/page/requests/answer-page-request');
    const session = {
      adapter: { id: 'pinduoduo' },
      readThread: vi.fn(),
      insertText: vi.fn(),
      inputState: vi.fn(),
      stop: vi.fn(),
    } as unknown as Parameters<typeof answerPageRequest>[0];

    await expect(answerPageRequest(session, 'insertFirstSuggestion', { text: '<b>x</b>' }, vi.fn())).rejects.toBeInstanceOf(InvalidPageRequestError);
    expect(session.readThread).not.toHaveBeenCalled();
    expect(session.insertText).not.toHaveBeenCalled();
  });
});
