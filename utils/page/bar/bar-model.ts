import type { InsertResult } from '../../schemas/page-results';
import type { Suggestion, SuggestResult } from '../../schemas/suggestion';
import type { Thread } from '../../schemas/thread';
import type { ThreadChange } from '../../thread/thread-change';
import { BAR_SUGGESTION_COUNT } from './bar-keys';
import { createStore } from './bar-store';

/** How an insertion from the bar ended, for the bar's one-line status. */
export type BarFeedback =
  | { kind: 'inserted' }
  | { kind: 'failed'; reason: NonNullable<InsertResult['reason']> | 'unreachable' };

export interface BarView {
  /** The conversation on screen; the bar exists only while there is one. */
  thread: Thread | null;
  /** `loading` while the worker is asked about the latest thread; its suggestions are then empty. */
  phase: 'loading' | 'ready' | 'failed';
  /** Top suggestions for `thread`, best first; number n is inserted by Alt+n. */
  suggestions: readonly Suggestion[];
  /** The buyer message they answer. */
  buyerTurn: string | null;
  /** Hidden by the agent (Esc, Alt+0) until the next buyer message or conversation. */
  hidden: boolean;
  feedback: BarFeedback | null;
}

export interface BarModelDeps {
  suggest(thread: Thread): Promise<SuggestResult>;
  /**
   * Inserts the phrase where the agent was typing, placeholders filled for this thread, and
   * counts its use (the page's one insertion path, utils/page/phrase-insertion.ts).
   */
  insert(suggestion: Suggestion, thread: Thread | null): Promise<InsertResult>;
  /** Anything thrown on the way, e.g. "Extension context invalidated" after an update. */
  onError(error: unknown): void;
}

export interface BarModel {
  getView(): BarView;
  subscribe(listener: () => void): () => void;
  showThread(change: ThreadChange): void;
  /** Inserts suggestion `index` (0-based); false when there is none to insert. */
  insertAt(index: number): boolean;
  hide(): void;
  /** Alt+0: hides a shown bar, shows a hidden one; false when there is no bar at all. */
  toggleHidden(): boolean;
  dismissFeedback(): void;
}

const EMPTY: BarView = { thread: null, phase: 'ready', suggestions: [], buyerTurn: null, hidden: false, feedback: null };

function lastMessageIsBuyers(thread: Thread): boolean {
  return thread.messages.at(-1)?.role === 'buyer';
}

/**
 * The bar's state, outside React so the content script's key listener and the component read
 * the same thing. Suggestions always belong to the conversation on screen: every new reading
 * of the thread supersedes the request before it, and a late answer for an earlier thread is
 * dropped.
 */
export function createBarModel(deps: BarModelDeps): BarModel {
  const store = createStore<BarView>(EMPTY);
  const set = store.set;
  let latestRequest = 0;

  async function ask(thread: Thread): Promise<void> {
    const request = ++latestRequest;
    try {
      const result = await deps.suggest(thread);
      if (request !== latestRequest) return;
      set({ phase: 'ready', suggestions: result.suggestions.slice(0, BAR_SUGGESTION_COUNT), buyerTurn: result.buyerTurn });
    } catch (error) {
      if (request !== latestRequest) return;
      set({ phase: 'failed', suggestions: [], buyerTurn: null });
      deps.onError(error);
    }
  }

  function showThread({ thread, kind }: ThreadChange): void {
    if (!thread || kind === 'cleared') {
      latestRequest += 1; // an answer still on its way belongs to a conversation no longer shown
      set(EMPTY);
      return;
    }
    if (kind === 'history-loaded') {
      // Older messages above; the latest buyer message, and so the suggestions, stay the same.
      set({ thread });
      return;
    }
    // Another product makes the shown phrases (scoped to the product before) as stale as a new message would.
    const freshBuyerMessage = kind === 'conversation-switched' || kind === 'product-changed' || (kind === 'new-message' && lastMessageIsBuyers(thread));
    if (freshBuyerMessage) {
      // Never leave the previous message's phrases under Alt+1 while the new ones are fetched.
      set({ thread, phase: 'loading', suggestions: [], buyerTurn: null, hidden: false, feedback: null });
    } else {
      set({ thread });
    }
    void ask(thread);
  }

  function insertAt(index: number): boolean {
    const view = store.get();
    const suggestion = view.hidden ? undefined : view.suggestions[index];
    if (!suggestion) return false;
    const { thread } = view;
    void deps
      .insert(suggestion, thread)
      .then(
        (result) => {
          set({ feedback: result.ok ? { kind: 'inserted' } : { kind: 'failed', reason: result.reason ?? 'not-verified' } });
        },
        (error: unknown) => {
          set({ feedback: { kind: 'failed', reason: 'unreachable' } });
          deps.onError(error);
        },
      );
    return true;
  }

  return {
    getView: store.get,
    subscribe: store.subscribe,
    showThread,
    insertAt,
    hide() {
      const view = store.get();
      if (view.thread && !view.hidden) set({ hidden: true, feedback: null });
    },
    toggleHidden() {
      const view = store.get();
      if (!view.thread) return false;
      set({ hidden: !view.hidden, feedback: null });
      return true;
    },
    dismissFeedback() {
      if (store.get().feedback) set({ feedback: null });
    },
  };
}
