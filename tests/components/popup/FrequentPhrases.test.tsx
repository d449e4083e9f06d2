// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp';
import type { PopupServices } from '../../../components/popup/popup-services';
import type { PhraseInsertResult, PhraseToInsert } from '../../../utils/page/phrase-insertion';
import type { PageThread } from '../../../utils/schemas/page-results';
import type { LibraryPhrase } from '../../../utils/schemas/phrase';
import { DEFAULT_SETTINGS } from '../../../utils/schemas/settings';

const HAGGLING: PageThread = {
  site: 'demo',
  hasInput: true,
  thread: { site: 'demo', conversationId: 'c1', messages: [{ role: 'buyer', text: '能便宜点吗', id: 'm1' }] },
};

const USUAL_REPLY: LibraryPhrase = {
  uid: 'default-zh/bargaining-007',
  packId: 'default-zh',
  id: 'bargaining-007',
  text: '亲，这款已经是活动价了，给您申请一张店铺券吧～',
  category: 'bargaining',
  triggers: [],
  tags: [],
};

function services(frequentPhrases: PopupServices['frequentPhrases']): PopupServices {
  return {
    detached: true,
    targetTabId: vi.fn(async () => 7),
    readThread: vi.fn(async () => HAGGLING),
    // The page's insertion path answers with the text as it went in (nothing to fill here).
    insertPhrase: vi.fn(async (_tabId: number, phrase: PhraseToInsert): Promise<PhraseInsertResult> => ({ ok: true, text: phrase.text })),
    insertPlainText: vi.fn(async (_tabId: number, text: string): Promise<PhraseInsertResult> => ({ ok: true, text })),
    suggest: vi.fn(async () => ({
      buyerTurn: '能便宜点吗',
      suggestions: [
        {
          phraseUid: 'default-zh/bargaining-001',
          packId: 'default-zh',
          text: '亲，现在已经是活动价了',
          category: 'bargaining',
          score: 0.9,
          reason: { kind: 'trigger' as const, matched: '便宜' },
        },
      ],
    })),
    searchPhrases: vi.fn(async () => []),
    recordInsertion: vi.fn(async () => {}),
    getLibraryStatus: vi.fn(async () => ({ phraseCount: 10, packs: [], categories: [], defaultPackRemoved: false, libraryVersion: null })),
    settings: vi.fn(async () => DEFAULT_SETTINGS),
    restoreDefaultPack: vi.fn(async () => ({ phraseCount: 10, packs: [], categories: [], defaultPackRemoved: false, libraryVersion: null })),
    openDemo: vi.fn(async () => {}),
    openDetached: vi.fn(async () => {}),
    closePopup: vi.fn(),
    frequentPhrases,
  };
}

afterEach(cleanup);

it('shows 常用 for the buyer’s intent and inserts one with a click, for the page to count as a use', async () => {
  const frequentPhrases = vi.fn(async () => [USUAL_REPLY]);
  const popup = services(frequentPhrases);
  render(<PopupApp services={popup} />);

  const section = await screen.findByTestId('frequent-phrases');
  expect(section.textContent).toContain('常用');
  expect(frequentPhrases).toHaveBeenCalledWith('bargaining');

  fireEvent.click(screen.getByTestId('insert-frequent'));
  // The phrase as written, with its uid and category: the page fills it, counts the use and watches it.
  await waitFor(() =>
    expect(popup.insertPhrase).toHaveBeenCalledWith(7, { text: USUAL_REPLY.text, phraseUid: USUAL_REPLY.uid, category: 'bargaining' }),
  );
  await waitFor(() => expect(screen.getByTestId('insert-status').dataset.status).toBe('ok'));
  // Counted once, by the page: the popup must not count it again.
  expect(popup.recordInsertion).not.toHaveBeenCalled();
});

it('shows no 常用 section before the agent has history for the intent', async () => {
  render(<PopupApp services={services(vi.fn(async () => []))} />);

  await screen.findAllByTestId('suggestion');
  expect(screen.queryByTestId('frequent-phrases')).toBeNull();
});
