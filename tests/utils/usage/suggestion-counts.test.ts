import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildAgentReport } from '../../../utils/library/agent-report';
import { callBackground } from '../../../utils/messaging/background-client';
import { backgroundMessenger } from '../../../utils/messaging/background-messenger';
import type { SuggestResult } from '../../../utils/schemas/suggestion';
import type { Thread } from '../../../utils/schemas/thread';
import { loadSuggestionCounts } from '../../../utils/settings/suggestion-counts-store';
import { createSuggestionRecorder } from '../../../utils/usage/record-shown-suggestions';
import { createShownSuggestions } from '../../../utils/usage/shown-suggestions';
import { serveLibraryRequests, type LibraryService } from '../../../utils/worker/serve-library-requests';
import { useChromeRuntimeMessaging } from '../../entrypoints/background/chrome-runtime-messaging';
import { closeTestLibraryDbs, freshLibraryDbName, openTestLibraryDb } from '../db/test-library-db';

function thread(conversationId: string, buyerWords: string[]): Thread {
  return { site: 'pinduoduo', conversationId, messages: buyerWords.map((text) => ({ role: 'buyer' as const, text })) };
}

function answer(buyerTurn: string, uids: string[]): SuggestResult {
  return {
    buyerTurn,
    suggestions: uids.map((phraseUid) => ({ phraseUid, packId: 'p', text: '亲～', category: 'greeting', score: 1, reason: { kind: 'text' as const, matched: '' } })),
  };
}

describe('which suggestions count as shown', () => {
  it('counts a phrase once per buyer turn: the same turn asked again adds only phrases not shown yet', () => {
    const shown = createShownSuggestions();

    expect(shown.newlyShown(thread('a', ['在吗']), answer('在吗', ['p/1', 'p/2']))).toEqual(['p/1', 'p/2']);
    expect(shown.newlyShown(thread('a', ['在吗']), answer('在吗', ['p/1', 'p/2']))).toEqual([]);
    expect(shown.newlyShown(thread('a', ['在吗']), answer('在吗', ['p/1', 'p/2', 'p/3']))).toEqual(['p/3']);
    // Another buyer saying the same words, and the same buyer's next turn, are new turns.
    expect(shown.newlyShown(thread('b', ['在吗']), answer('在吗', ['p/1']))).toEqual(['p/1']);
    expect(shown.newlyShown(thread('a', ['在吗', '能便宜点吗']), answer('能便宜点吗', ['p/1']))).toEqual(['p/1']);
    // No buyer turn answered: nothing was suggested for one.
    expect(shown.newlyShown(thread('c', []), { buyerTurn: null, suggestions: answer('x', ['p/1']).suggestions })).toEqual([]);
  });

  it('forgets the oldest turns past its memory', () => {
    const shown = createShownSuggestions(2);
    shown.newlyShown(thread('a', ['1']), answer('1', ['p/1']));
    shown.newlyShown(thread('b', ['2']), answer('2', ['p/1']));
    shown.newlyShown(thread('c', ['3']), answer('3', ['p/1']));

    expect(shown.newlyShown(thread('c', ['3']), answer('3', ['p/1']))).toEqual([]);
    expect(shown.newlyShown(thread('a', ['1']), answer('1', ['p/1']))).toEqual(['p/1']);
  });

  it('stores answers one after another, so two at once lose no count', async () => {
    fakeBrowser.reset();
    const recorder = createSuggestionRecorder();

    await Promise.all([recorder.record(thread('a', ['1']), answer('1', ['p/1', 'p/2'])), recorder.record(thread('b', ['2']), answer('2', ['p/1']))]);

    expect((await loadSuggestionCounts()).map(({ phraseUid, count }) => [phraseUid, count])).toEqual([
      ['p/1', 2],
      ['p/2', 1],
    ]);
  });
});

describe('the worker counts what it suggests, for the agent’s report', () => {
  let service: LibraryService;
  const dbName = freshLibraryDbName();

  beforeEach(() => {
    fakeBrowser.reset();
    useChromeRuntimeMessaging();
    service = serveLibraryRequests(openTestLibraryDb(dbName), { suggestionCount: async () => 3 });
  });
  afterEach(() => {
    service.stop();
    backgroundMessenger.removeAllListeners();
    closeTestLibraryDbs();
  });

  it('a buyer turn answered twice counts once; the report carries the counts (ids and numbers, no chat text)', async () => {
    const haggling = { site: 'pinduoduo', conversationId: 'c1', messages: [{ role: 'buyer' as const, text: '能便宜点吗' }] };
    const first = await callBackground('suggest', { thread: haggling });
    await callBackground('suggest', { thread: haggling });
    await expect.poll(async () => (await loadSuggestionCounts()).length).toBe(first.suggestions.length);

    const report = await buildAgentReport(openTestLibraryDb(dbName), { practice: [] });

    expect(report.suggested?.map(({ phraseUid, count }) => [phraseUid, count]).sort()).toEqual(first.suggestions.map((suggestion) => [suggestion.phraseUid, 1]).sort());
    expect(report.suggested?.every((row) => row.text !== undefined && row.category !== undefined)).toBe(true);
    expect(JSON.stringify(report)).not.toContain('能便宜点吗');
  });
});
