import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { DemoPlayer } from '../../utils/demo/demo-player';
import type { LibraryStatus } from '../../utils/messaging/protocol';
import type { InsertPhrase, PhraseInsertResult } from '../../utils/page/phrase-insertion';
import type { WatchedInsertion } from '../../utils/usage/observe-insertion-outcome';
import type { Suggestion } from '../../utils/schemas/suggestion';
import type { Thread } from '../../utils/schemas/thread';
import type { WordingFinding } from '../../utils/schemas/risky-wording-finding';
import type { PracticeScenario } from '../../utils/practice/practice-scenario-schema';
import { useI18n } from '../i18n/i18n-provider';
import { hasCommandModifier, isEditableTarget, isImeComposing, isSearchKey } from '../keyboard/ime';
import { insertFeedbackFrom, type InsertFeedback } from '../insert-status/insert-feedback';
import { LanguageSwitch } from '../language-switch/LanguageSwitch';
import type { LibraryServices } from '../services/library-services';
import type { DemoShopPackServices } from '../services/demo-shop-pack-services';
import { DEMO_SHOP_PRODUCT_COUNT, isDemoShopPackInstalled } from '../../utils/demo/demo-shop-pack';
import type { SendGuard } from '../../utils/guard/send-guard';
import { SendGuardByInput } from '../send-guard/SendGuardByInput';
import { DemoShortcutPicker } from '../shortcut-picker/DemoShortcutPicker';
import { useSendGuard } from '../send-guard/use-send-guard';
import { ChatPane } from './ChatPane';
import { ConversationList } from './ConversationList';
import { DemoShopPackNotice } from './DemoShopPackNotice';
import { HelperPanel } from './HelperPanel';
import { PracticeBar } from '../practice/PracticeBar';
import { PracticeEntry } from '../practice/PracticeEntry';
import { PracticeScoreCard } from '../practice/PracticeScoreCard';
import { usePracticeMode } from '../practice/use-practice-mode';
import '../theme/theme.css';
import './demo.css';

/** The helper's page session running on this page, as the demo uses it. */
export interface DemoPageConnection {
  /** The page's one insertion path: fills, inserts, counts the use and watches the outcome. */
  insertPhrase: InsertPhrase;
  stop: () => void;
}

/**
 * Starts the page session once the chat DOM exists; it reports every change of the thread and
 * every phrase inserted into the reply box, whichever way it came in.
 */
export type ConnectDemoPage = (
  onThreadChange: (thread: Thread | null) => void,
  /** A phrase that went into the reply box, from any way in (panel, popup, `/` picker, shortcut). */
  onPhraseInserted?: (insertion: WatchedInsertion) => void,
) => DemoPageConnection;

/** 练习模式: the scenarios offered, and the wording check the send guard uses (run on each reply as sent). */
export interface DemoPracticeSetup {
  scenarios: readonly PracticeScenario[];
  checkReply: (text: string, thread: Thread | null) => Promise<readonly WordingFinding[]>;
}

export function DemoChatApp({
  player,
  library,
  connectPage,
  startSendGuard,
  practice,
  demoShopPack,
}: {
  player: DemoPlayer;
  library: LibraryServices;
  connectPage: ConnectDemoPage;
  /**
   * Starts the send guard on the reply box and 发送 (the content script's own module, with the
   * demo adapter: components/send-guard/demo-send-guard.ts). Left out, the demo runs unguarded.
   */
  startSendGuard?: () => SendGuard;
  /** Left out, the demo offers no practice mode. */
  practice?: DemoPracticeSetup;
  /** 安装示例商品包 / 移除示例商品包; left out, the demo shows no notice about the demo shop's products. */
  demoShopPack?: DemoShopPackServices;
}) {
  const { t, lang } = useI18n();
  const sendGuard = useSendGuard(startSendGuard);
  const state = useSyncExternalStore(player.subscribe, player.getState);
  const [drafts, setDrafts] = useState<Readonly<Record<string, string>>>({});
  const [suggestions, setSuggestions] = useState<readonly Suggestion[]>([]);
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  const [feedback, setFeedback] = useState<InsertFeedback | null>(null);
  const [sessionFailed, setSessionFailed] = useState(false);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const connection = useRef<DemoPageConnection | null>(null);
  const latestThread = useRef<Thread | null>(null);
  const latestSuggest = useRef(0);

  const checkPracticeReply = useCallback(
    (text: string): Promise<readonly WordingFinding[]> => (practice ? practice.checkReply(text, latestThread.current) : Promise.resolve([])),
    [practice],
  );
  const practiceMode = usePracticeMode({ player, guard: sendGuard, checkReply: checkPracticeReply, now: player.now });
  const practiceState = practiceMode.state;
  // Read through a ref: the page session must not restart when practice starts or ends.
  const notePracticeInsertion = useRef(practiceMode.noteInsertion);
  notePracticeInsertion.current = practiceMode.noteInsertion;

  const suggestFor = useCallback(
    async (thread: Thread | null) => {
      const run = ++latestSuggest.current;
      if (!thread) {
        setSuggestions([]);
        return;
      }
      const result = await library.suggest(thread).catch(() => null);
      // A newer thread may have been read while this one was answered.
      if (run === latestSuggest.current) setSuggestions(result?.suggestions ?? []);
    },
    [library],
  );

  useEffect(() => {
    document.title = t('demo.pageTitle');
  }, [t]);

  useEffect(() => {
    void library.getLibraryStatus().then(setStatus, () => undefined);
  }, [library]);

  // After the first render, so the session finds the textarea and the message list it watches.
  useEffect(() => {
    try {
      connection.current = connectPage(
        (thread) => {
          latestThread.current = thread;
          void suggestFor(thread);
        },
        // Practice counts a phrase from the panel, the popup, the `/` picker or Alt+Shift+J alike.
        (insertion) => notePracticeInsertion.current({ text: insertion.text, category: insertion.intent }),
      );
      setSessionFailed(false);
    } catch {
      setSessionFailed(true);
    }
    return () => {
      connection.current?.stop();
      connection.current = null;
    };
  }, [connectPage, suggestFor]);

  // `/` opens the phrase search, as in the popup; in the reply box it stays a slash.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isImeComposing(event) || hasCommandModifier(event) || isEditableTarget(event.target)) return;
      if (!isSearchKey(event)) return;
      event.preventDefault();
      searchRef.current?.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const active = state.conversations.find((conversation) => conversation.scenario.id === state.activeId) ?? null;

  function open(id: string) {
    player.open(id);
    inputRef.current?.focus();
  }

  function send() {
    if (!active) return;
    const id = active.scenario.id;
    if (player.sendAgentMessage(id, drafts[id] ?? '')) setDrafts((current) => ({ ...current, [id]: '' }));
    inputRef.current?.focus();
  }

  // The `/` picker starts before the page session does (children's effects run first); it
  // reaches the session's insertion path when a phrase is picked.
  const insertThroughPage = useCallback<InsertPhrase>(
    async (phrase, options) => (connection.current ? connection.current.insertPhrase(phrase, options) : { ok: false, reason: 'no-input', text: phrase.text }),
    [],
  );

  async function insert(text: string, phraseUid: string, category: string) {
    const session = connection.current;
    if (!session) {
      setFeedback({ kind: 'failed', reason: 'unreachable', text });
      return;
    }
    const result = await session
      .insertPhrase({ text, phraseUid, category }, { thread: latestThread.current })
      .catch((): PhraseInsertResult => ({ ok: false, reason: 'not-verified', text }));
    setFeedback(insertFeedbackFrom(result ?? { ok: false, reason: 'not-verified' }, result?.text ?? text));
  }

  function startPractice(scenario: PracticeScenario, windowSeconds?: number) {
    practiceMode.start(scenario, windowSeconds);
    // After React has drawn the practice chat: with no chat open before, the reply box is new.
    setTimeout(() => inputRef.current?.focus(), 0);
  }

  function closePractice() {
    practiceMode.close();
    inputRef.current?.focus();
  }

  async function restoreDefaultPack() {
    setStatus(await library.restoreDefaultPack());
    await suggestFor(latestThread.current);
  }

  // The library changed under the open chat: its suggestions are asked for again. Not awaited:
  // the worker rebuilds its index first (a second or two), and the notice is done already.
  async function changeDemoShopPack(change: () => Promise<LibraryStatus>) {
    setStatus(await change());
    void suggestFor(latestThread.current);
  }

  const dismissFeedback = useCallback(() => setFeedback(null), []);

  return (
    <div className="hs-root demo">
      <header className="demo-topbar">
        <span className="demo-topbar__shop">{t('demo.shopName')}</span>
        <span className="demo-topbar__note">{t('demo.practiceNote')}</span>
        {practice ? <PracticeEntry scenarios={practice.scenarios} onStart={startPractice} /> : null}
        <LanguageSwitch />
      </header>
      {demoShopPack && status ? (
        <DemoShopPackNotice
          installed={isDemoShopPackInstalled(status.packs)}
          productCount={DEMO_SHOP_PRODUCT_COUNT}
          onInstall={() => changeDemoShopPack(demoShopPack.install)}
          onRemove={() => changeDemoShopPack(demoShopPack.remove)}
        />
      ) : null}
      {practiceState?.status === 'running' ? (
        <PracticeBar
          scenario={practiceState.scenario}
          turnIndex={practiceState.turnIndex}
          waitingSince={practiceState.waitingSince}
          windowMs={practiceState.windowMs}
          now={player.now}
          onEnd={closePractice}
        />
      ) : null}
      <div className="demo-columns">
        <ConversationList conversations={state.conversations} activeId={state.activeId} onOpen={open} />
        {active ? (
          <ChatPane
            conversation={active}
            draft={drafts[active.scenario.id] ?? ''}
            onDraftChange={(text) => setDrafts((current) => ({ ...current, [active.scenario.id]: text }))}
            onSend={send}
            onNextBuyerMessage={() => player.deliverNextTurn(active.scenario.id)}
            inputRef={inputRef}
          />
        ) : (
          <main className="chat chat--empty">
            <p className="chat__pick">{t('demo.pickConversation')}</p>
          </main>
        )}
        <HelperPanel
          suggestions={suggestions}
          categories={status?.categories ?? []}
          libraryEmpty={status?.phraseCount === 0}
          feedback={feedback}
          failure={sessionFailed}
          search={library.searchPhrases}
          onInsertSuggestion={(suggestion) => void insert(suggestion.text, suggestion.phraseUid, suggestion.category)}
          onInsertPhrase={(phrase) => void insert(phrase.text, phrase.uid, phrase.category)}
          onRestoreDefaultPack={restoreDefaultPack}
          onDismissFeedback={dismissFeedback}
          searchRef={searchRef}
        />
      </div>
      {sendGuard ? <SendGuardByInput guard={sendGuard} lang={lang} /> : null}
      <DemoShortcutPicker insertPhrase={insertThroughPage} />
      {practiceState?.status === 'finished' ? (
        <PracticeScoreCard
          scenario={practiceState.scenario}
          card={practiceState.scoreCard}
          onAgain={() => startPractice(practiceState.scenario)}
          onClose={closePractice}
        />
      ) : null}
    </div>
  );
}
