import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '../i18n/i18n-provider';
import type { Suggestion } from '../../utils/schemas/suggestion';
import { LibraryEmptyState, NoChatState } from '../empty-state/EmptyState';
import { InsertStatus } from '../insert-status/InsertStatus';
import { hasCommandModifier, isEditableTarget, isImeComposing, isSearchKey } from '../keyboard/ime';
import { LanguageSwitch } from '../language-switch/LanguageSwitch';
import { LibrarySearch } from '../library-search/LibrarySearch';
import { suggestionsInDisplayOrder } from '../suggestion-list/group-suggestions';
import { CommandHint } from '../shortcuts/CommandHint';
import { SuggestionList } from '../suggestion-list/SuggestionList';
import { usePinnedPhrases } from '../suggestion-list/use-pinned-phrases';
import { WordingCheck } from '../risky-wording-check/WordingCheck';
import { FrequentPhrases } from './FrequentPhrases';
import { IgnoredOverrideNotes } from './IgnoredOverrideNotes';
import { PopupProductFacts } from './PopupProductFacts';
import { ExportStructureButton } from './ExportStructureButton';
import { PageChangedNotice } from './PageChangedNotice';
import { PopupWaitingQueue } from './PopupWaitingQueue';
import type { PopupServices } from './popup-services';
import { usePopupModel, type ChatView } from './use-popup-model';
import '../theme/theme.css';
import './popup.css';

/** A link to one of the extension's own pages, opened by the extension (a popup cannot follow a plain link). */
function ExtensionPageLink({ href, testId, label, onOpen }: { href: string; testId: string; label: string; onOpen: () => Promise<void> }) {
  return (
    <a
      href={href}
      className="hs-link"
      data-testid={testId}
      onClick={(event: MouseEvent) => {
        event.preventDefault();
        void onOpen();
      }}
    >
      {label}
    </a>
  );
}

function OpenDemoLink({ onOpen }: { onOpen: () => Promise<void> }) {
  const { t } = useI18n();
  return <ExtensionPageLink href="/demo.html" testId="open-demo" label={t('popup.openDemo')} onOpen={onOpen} />;
}

/** 管理话术库: the options page (the lead's library manager), opened in its own tab. */
function OpenOptionsLink() {
  const { t } = useI18n();
  return <ExtensionPageLink href="/options.html" testId="open-options" label={t('popup.openOptions')} onOpen={() => browser.runtime.openOptionsPage()} />;
}

function buyerTurnOf(chat: ChatView): string | null {
  return chat.kind === 'chat' ? (chat.result?.buyerTurn ?? null) : null;
}

export function PopupApp({ services }: { services: PopupServices }) {
  const { t } = useI18n();
  const model = usePopupModel(services);
  const pins = usePinnedPhrases(services.favourites);
  const searchInput = useRef<HTMLInputElement>(null);
  const { chat, library } = model;
  const libraryEmpty = library?.phraseCount === 0;
  const suggestions = chat.kind === 'chat' && chat.result && !libraryEmpty ? chat.result.suggestions : [];
  const buyerTurn = buyerTurnOf(chat);
  const product = chat.kind === 'chat' && !libraryEmpty ? chat.result?.product : undefined;
  const categories = library?.categories ?? [];
  const topics = useMemo(() => (library?.packs ?? []).flatMap((pack) => pack.topics), [library]);

  const insertSuggestion = (suggestion: Suggestion) =>
    void model.insert(suggestion.text, suggestion.phraseUid, suggestion.category);

  // Keys that work anywhere in the popup except while typing in a field.
  useEffect(() => {
    const ordered = suggestionsInDisplayOrder(suggestions);
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isImeComposing(event) || hasCommandModifier(event)) return;
      if (isEditableTarget(event.target)) return;
      if (isSearchKey(event)) {
        event.preventDefault();
        searchInput.current?.focus();
        return;
      }
      if (/^[1-9]$/.test(event.key)) {
        const suggestion = ordered[Number(event.key) - 1];
        if (!suggestion) return;
        event.preventDefault();
        insertSuggestion(suggestion);
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  const openDemo = () => services.openDemo();
  const noChat = chat.kind === 'no-chat';
  // Page health: on a stock client's tab the agent can export the page's structure; when the page
  // stopped matching its adapter, the popup says so instead of "no chat window".
  const { health, tabId } = model;
  const pageChanged = health?.status === 'changed';
  const { exportPageStructure, saveFile } = services;
  const exportButton =
    health && tabId !== null && exportPageStructure && saveFile ? (
      <ExportStructureButton exportStructure={() => exportPageStructure(tabId)} saveFile={saveFile} />
    ) : null;

  return (
    <div className={services.detached ? 'hs-root hs-popup hs-popup--detached' : 'hs-root hs-popup'}>
      <header className="hs-popup__header">
        <h1 className="hs-popup__title">{t('app.name')}</h1>
        <div className="hs-popup__header-actions">
          <button type="button" className="hs-button" data-testid="refresh" onClick={() => void model.refresh()}>
            {t('popup.refresh')}
          </button>
          {services.detached ? (
            <span className="hs-popup__bound" data-testid="detached-indicator">
              {t('popup.detachedBoundTo')}
            </span>
          ) : (
            <button
              type="button"
              className="hs-button"
              data-testid="open-detached"
              disabled={model.tabId === null}
              onClick={() => {
                if (model.tabId !== null) void services.openDetached(model.tabId).then(services.closePopup);
              }}
            >
              {t('popup.openDetached')}
            </button>
          )}
          <LanguageSwitch />
        </div>
      </header>

      <LibrarySearch
        search={services.searchPhrases}
        categories={categories}
        inputRef={searchInput}
        onInsert={(phrase) => void model.insert(phrase.text, phrase.uid, phrase.category)}
      />

      <InsertStatus feedback={model.feedback} onDismiss={model.dismissFeedback} />

      <main className="hs-popup__body">
        {services.waitingQueue ? (
          <PopupWaitingQueue services={services.waitingQueue} onOpened={() => (services.detached ? undefined : services.closePopup())} />
        ) : null}
        {libraryEmpty ? <LibraryEmptyState onRestore={model.restoreDefaultPack} /> : null}
        {chat.kind === 'loading' ? <p className="hs-popup__note">{t('popup.loading')}</p> : null}
        <IgnoredOverrideNotes site={model.site} packs={model.library?.packs ?? []} />
        {pageChanged && health ? <PageChangedNotice health={health}>{exportButton}</PageChangedNotice> : null}
        {noChat && !pageChanged ? (
          <NoChatState>
            <OpenDemoLink onOpen={openDemo} />
          </NoChatState>
        ) : null}
        {chat.kind === 'chat' && !libraryEmpty ? (
          <section className="hs-popup__suggestions" aria-labelledby="hs-popup-suggestions-title">
            <h2 id="hs-popup-suggestions-title" className="hs-popup__section-title">
              {t('popup.suggestionsTitle')}
            </h2>
            {buyerTurn ? (
              <p className="hs-popup__buyer-turn" data-testid="buyer-turn" title={buyerTurn}>
                {t('popup.answering', { text: buyerTurn })}
              </p>
            ) : null}
            {chat.adapterFallback ? (
              <p className="hs-popup__note" data-testid="adapter-fallback">
                {t('popup.adapterFallback')}
              </p>
            ) : null}
            {chat.suggestFailed ? <p className="hs-popup__note">{t('popup.suggestFailed')}</p> : null}
            {!chat.suggestFailed && !buyerTurn && suggestions.length === 0 ? (
              <p className="hs-popup__note">{t('popup.waitingForBuyer')}</p>
            ) : null}
            {!chat.suggestFailed && buyerTurn && suggestions.length === 0 ? (
              <p className="hs-popup__note">{t('popup.noSuggestions')}</p>
            ) : null}
            <SuggestionList suggestions={suggestions} categories={categories} topics={topics} onInsert={insertSuggestion} pins={pins} autoFocus />
            {product ? (
              // Keyed so the agent's open/closed choice resets with the next buyer message or another product.
              <PopupProductFacts key={`${product.uid}\n${buyerTurn ?? ''}`} product={product} onInsertFact={(value) => void model.insertFact(value)} />
            ) : null}
            {services.frequentPhrases && suggestions[0] ? (
              <FrequentPhrases
                intent={suggestions[0].category}
                load={services.frequentPhrases}
                onInsert={(phrase) => void model.insert(phrase.text, phrase.uid, phrase.category)}
              />
            ) : null}
          </section>
        ) : null}
        {noChat ? null : <WordingCheck tabId={model.tabId} thread={chat.kind === 'chat' ? chat.thread : null} />}
      </main>

      <footer className="hs-popup__footer">
        {noChat ? <span /> : <OpenDemoLink onOpen={openDemo} />}
        <OpenOptionsLink />
        {pageChanged ? null : exportButton}
        <span className="hs-popup__hint">{t('popup.keyboardHint')}</span>
        <CommandHint />
      </footer>
    </div>
  );
}
