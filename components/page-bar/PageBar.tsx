import { useEffect, type Ref } from 'react';
import type { BarView } from '../../utils/page/bar/bar-model';
import type { Category } from '../../utils/schemas/category';
import type { UiLanguage } from '../../utils/schemas/settings';
import type { BarOffset } from '../../utils/schemas/bar-state';
import { categoryLabel } from '../../utils/i18n/category-label';
import { t } from '../../utils/i18n/page-translate';
import { FactsCard } from '../facts-card/FactsCard';
import { keepFocusWhereItIs } from '../keyboard/ime';
import { PageBarHandle } from './PageBarHandle';
import { PageBarStatus } from './PageBarStatus';
import { PageBarSuggestions } from './PageBarSuggestions';
import { WaitingQueueList, WaitingQueueSummary } from '../waiting-queue/WaitingQueueList';
import type { QueueRow } from '../../utils/wait-clock/queue-rows';
import '../theme/theme.css';
import './page-bar.css';

export interface PageBarProps {
  view: BarView;
  /**
   * Passed in rather than read from I18nProvider: the provider writes `<html lang>`, and on a
   * seller's page that attribute is the page's, not ours.
   */
  lang: UiLanguage;
  categories: readonly Category[];
  collapsed: boolean;
  /** The bar's outer element; the content script positions it (it follows the chat input on scroll). */
  frameRef?: Ref<HTMLElement>;
  onInsert: (index: number) => void;
  /** Opens or closes the recognised product's facts card. */
  onToggleFacts: () => void;
  /** Puts fact `index` of the product into the reply box at the caret. */
  onInsertFact: (index: number) => void;
  onHide: () => void;
  onToggleCollapsed: () => void;
  /** The agent is moving the bar by this much (dragging, or an arrow key on the handle). */
  onMove: (delta: BarOffset) => void;
  /** The move is over: remember where the bar is now. */
  onMoveEnd: () => void;
  onResetPosition: () => void;
  onDismissFeedback: () => void;
  /** The buyers waiting across every open client, longest first (none: the bar shows no queue). */
  queue?: readonly QueueRow[];
  /** Opens a waiting buyer's conversation (their tab, their row). */
  onOpenBuyer?: (row: QueueRow) => void;
}

/** The bar shows the next few waiting buyers; the popup lists them all. */
const QUEUE_ROWS_IN_BAR = 3;

const FEEDBACK_MS = 4000;

/**
 * The in-page suggestion bar docked by a seller client's chat input: the top three phrases for
 * the buyer's latest message, numbered for Alt+1..3, and the product the chat is about with its
 * facts card (Alt+P) when the library recognised it. Every button keeps the caret in the chat
 * input (`preventDefault` on mousedown), so a click inserts exactly where the agent was typing.
 */
export function PageBar({
  view,
  lang,
  categories,
  collapsed,
  frameRef,
  onInsert,
  onToggleFacts,
  onInsertFact,
  onHide,
  onToggleCollapsed,
  onMove,
  onMoveEnd,
  onResetPosition,
  onDismissFeedback,
  queue = [],
  onOpenBuyer = () => undefined,
}: PageBarProps) {
  const feedback = view.feedback;
  useEffect(() => {
    if (!feedback) return;
    const timer = setTimeout(onDismissFeedback, FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [feedback, onDismissFeedback]);

  if (!view.thread || view.hidden) return null;

  const label = (categoryId: string) => categoryLabel(categoryId, categories, lang);

  return (
    <section
      className="hs-root hs-bar"
      data-testid="page-bar"
      data-collapsed={collapsed ? 'true' : 'false'}
      aria-label={t(lang, 'pageBar.label')}
      ref={frameRef}
    >
      <header className="hs-bar__head">
        <PageBarHandle lang={lang} onMove={onMove} onMoveEnd={onMoveEnd} onResetPosition={onResetPosition} />
        {collapsed ? (
          <span className="hs-bar__count" data-testid="page-bar-count">
            {t(lang, 'pageBar.count', { count: view.suggestions.length })}
          </span>
        ) : (
          <p className="hs-bar__turn" data-testid="page-bar-buyer-turn" title={view.buyerTurn ?? undefined}>
            {view.buyerTurn ? t(lang, 'pageBar.answering', { text: view.buyerTurn }) : t(lang, 'pageBar.keyboardHint')}
          </p>
        )}
        <button
          type="button"
          className="hs-bar__tool"
          data-testid="page-bar-collapse"
          aria-expanded={!collapsed}
          onMouseDown={keepFocusWhereItIs}
          onClick={onToggleCollapsed}
        >
          {collapsed ? t(lang, 'pageBar.expand') : t(lang, 'pageBar.collapse')}
        </button>
        <button
          type="button"
          className="hs-bar__tool hs-bar__close"
          data-testid="page-bar-hide"
          title={t(lang, 'pageBar.hide')}
          aria-label={t(lang, 'pageBar.hide')}
          onMouseDown={keepFocusWhereItIs}
          onClick={onHide}
        >
          ×
        </button>
      </header>
      {queue.length > 0 ? (
        <div className="hs-bar__queue" data-testid="page-bar-queue">
          <WaitingQueueSummary rows={queue} lang={lang} />
          {collapsed ? null : <WaitingQueueList rows={queue} lang={lang} limit={QUEUE_ROWS_IN_BAR} onOpen={onOpenBuyer} />}
        </div>
      ) : null}
      {collapsed ? null : (
        <>
          {view.product ? (
            <FactsCard
              product={view.product}
              lang={lang}
              open={view.factsOpen}
              onToggle={onToggleFacts}
              onInsertFact={onInsertFact}
              focusRequest={view.factsFocus}
              keyShortcut="Alt+P"
            />
          ) : null}
          <PageBarSuggestions view={view} lang={lang} categoryLabel={label} onInsert={onInsert} />
          <PageBarStatus feedback={feedback} lang={lang} />
        </>
      )}
    </section>
  );
}
