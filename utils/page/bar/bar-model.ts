import type { InsertResult } from '../../schemas/page-results';
import type { SuggestedProduct } from '../../schemas/chat-product';
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
  /** The chat's product when the library recognised it, with its facts (the SKU's applied). */
  product: SuggestedProduct | null;
  /**
   * The facts card is open: the engine asks for it (the product has no answer to the buyer's
   * question, `showFacts`) or the agent opened it; the agent's choice lasts until the next buyer
   * message or another product.
   */
  factsOpen: boolean;
  /** Counts the agent's requests to reach the facts by keyboard (Alt+P): the card then focuses its first fact. */
  factsFocus: number;
}

export interface BarModelDeps {
  suggest(thread: Thread): Promise<SuggestResult>;
  /**
   * Inserts the phrase where the agent was typing, placeholders filled for this thread, and
   * counts its use (the page's one insertion path, utils/page/phrase-insertion.ts).
   */
  insert(suggestion: Suggestion, thread: Thread | null): Promise<InsertResult>;
  /** Inserts a product fact as plain text at the caret, through the same path; counts no phrase use. */
  insertFact(value: string): Promise<InsertResult>;
  /** Anything thrown on the way, e.g. "Extension context invalidated" after an update. */
  onError(error: unknown): void;
}

export interface BarModel {
  getView(): BarView;
  subscribe(listener: () => void): () => void;
  showThread(change: ThreadChange): void;
  /** Inserts suggestion `index` (0-based); false when there is none to insert. */
  insertAt(index: number): boolean;
  /** Inserts fact `index` (0-based) of the product's facts; false when there is none to insert. */
  insertFact(index: number): boolean;
  /** Opens or closes the facts card; false when the bar shows no product with facts. */
  toggleFacts(): boolean;
  /** Alt+P: opens the facts card and puts the focus on its first fact; false when there are no facts. */
  focusFacts(): boolean;
  hide(): void;
  /** Alt+0: hides a shown bar, shows a hidden one; false when there is no bar at all. */
  toggleHidden(): boolean;
  dismissFeedback(): void;
}

const EMPTY: BarView = {
  thread: null,
  phase: 'ready',
  suggestions: [],
  buyerTurn: null,
  hidden: false,
  feedback: null,
  product: null,
  factsOpen: false,
  factsFocus: 0,
};

/** The product's facts as the bar can show them: none while it is hidden or has no product. */
function shownFacts(view: BarView): SuggestedProduct['facts'] {
  return view.hidden || !view.product ? [] : view.product.facts;
}

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
  /** The agent opened (true) or closed (false) the facts card for this buyer message and product. */
  let factsChoice: boolean | null = null;

  async function ask(thread: Thread): Promise<void> {
    const request = ++latestRequest;
    try {
      const result = await deps.suggest(thread);
      if (request !== latestRequest) return;
      const product = result.product ?? null;
      if (product?.uid !== store.get().product?.uid) factsChoice = null;
      set({
        phase: 'ready',
        suggestions: result.suggestions.slice(0, BAR_SUGGESTION_COUNT),
        buyerTurn: result.buyerTurn,
        product,
        factsOpen: product !== null && product.facts.length > 0 && (factsChoice ?? product.showFacts),
      });
    } catch (error) {
      if (request !== latestRequest) return;
      set({ phase: 'failed', suggestions: [], buyerTurn: null, product: null, factsOpen: false });
      deps.onError(error);
    }
  }

  function showThread({ thread, kind }: ThreadChange): void {
    if (!thread || kind === 'cleared') {
      latestRequest += 1; // an answer still on its way belongs to a conversation no longer shown
      factsChoice = null;
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
      // Never leave the previous message's phrases under Alt+1 while the new ones are fetched,
      // nor the previous conversation's product and facts.
      factsChoice = null;
      set({ thread, phase: 'loading', suggestions: [], buyerTurn: null, hidden: false, feedback: null, product: null, factsOpen: false });
    } else {
      set({ thread });
    }
    void ask(thread);
  }

  /** Shows how an insertion from the bar ended in its status line. */
  function reportInsertion(insertion: Promise<InsertResult>): void {
    void insertion.then(
        (result) => {
          set({ feedback: result.ok ? { kind: 'inserted' } : { kind: 'failed', reason: result.reason ?? 'not-verified' } });
        },
        (error: unknown) => {
          set({ feedback: { kind: 'failed', reason: 'unreachable' } });
          deps.onError(error);
        },
      );
  }

  function insertAt(index: number): boolean {
    const view = store.get();
    const suggestion = view.hidden ? undefined : view.suggestions[index];
    if (!suggestion) return false;
    reportInsertion(deps.insert(suggestion, view.thread));
    return true;
  }

  function insertFact(index: number): boolean {
    const fact = shownFacts(store.get())[index];
    if (!fact) return false;
    reportInsertion(deps.insertFact(fact.value));
    return true;
  }

  function toggleFacts(): boolean {
    const view = store.get();
    if (shownFacts(view).length === 0) return false;
    factsChoice = !view.factsOpen;
    set({ factsOpen: factsChoice });
    return true;
  }

  function focusFacts(): boolean {
    const view = store.get();
    if (shownFacts(view).length === 0) return false;
    factsChoice = true;
    set({ factsOpen: true, factsFocus: view.factsFocus + 1 });
    return true;
  }

  return {
    getView: store.get,
    subscribe: store.subscribe,
    showThread,
    insertAt,
    insertFact,
    toggleFacts,
    focusFacts,
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
