import type { DemoProductCard, DemoScenario, DemoScriptMessage } from './scenario-schema';

/** Long enough to see the message arrive (and the helper react to it), short enough to feel live. */
export const FIRST_MESSAGE_DELAY_MS = 500;
export const BUYER_REPLY_DELAY_MS = 800;

export interface DemoMessage {
  /** Unique on the page; rendered as `data-msg-id`. */
  id: string;
  role: 'buyer' | 'agent' | 'system';
  text: string;
  sentAt: number;
  /** A product card the buyer sent; `text` is its title. */
  card?: DemoProductCard;
}

export interface DemoConversation {
  scenario: DemoScenario;
  messages: readonly DemoMessage[];
  /** Index of the next scripted turn the buyer has not sent yet. */
  nextTurn: number;
  /** The buyer's next turn is on its way ("typing"). */
  pending: boolean;
  opened: boolean;
}

export interface DemoState {
  activeId: string | null;
  conversations: readonly DemoConversation[];
}

export interface DemoClock {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const systemClock: DemoClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function hasMoreTurns(conversation: DemoConversation): boolean {
  return conversation.nextTurn < conversation.scenario.turns.length;
}

/**
 * Buyer messages waiting for an answer, as the list badge shows them. An unopened conversation
 * counts its first turn: in a real client that buyer has already written and is waiting.
 */
export function waitingCount(conversation: DemoConversation): number {
  if (!conversation.opened) {
    return conversation.scenario.turns[0]?.messages.filter((message) => message.role === 'buyer').length ?? 0;
  }
  let count = 0;
  for (let index = conversation.messages.length - 1; index >= 0; index--) {
    const role = conversation.messages[index]?.role;
    if (role === 'agent') break;
    if (role === 'buyer') count++;
  }
  return count;
}

export type DemoPlayer = ReturnType<typeof createDemoPlayer>;

/**
 * Plays the scripted buyers: a conversation's first turn arrives shortly after it is opened,
 * each later turn shortly after the agent answers, or at once on 下一句. Timers keep running for
 * conversations in the background, as buyers do. State is immutable snapshots, for React's
 * useSyncExternalStore.
 */
export function createDemoPlayer(scenarios: readonly DemoScenario[], clock: DemoClock = systemClock) {
  let state: DemoState = {
    activeId: null,
    conversations: scenarios.map((scenario) => ({ scenario, messages: [], nextTurn: 0, pending: false, opened: false })),
  };
  const listeners = new Set<() => void>();
  const timers = new Map<string, unknown>();
  let messageCounter = 0;

  function update(id: string, change: (conversation: DemoConversation) => DemoConversation, activeId = state.activeId) {
    state = {
      activeId,
      conversations: state.conversations.map((conversation) => (conversation.scenario.id === id ? change(conversation) : conversation)),
    };
    for (const listener of listeners) listener();
  }

  function find(id: string): DemoConversation | undefined {
    return state.conversations.find((conversation) => conversation.scenario.id === id);
  }

  function message(id: string, role: DemoMessage['role'], text: string, card?: DemoScriptMessage['card']): DemoMessage {
    messageCounter += 1;
    const sent: DemoMessage = { id: `${id}-${messageCounter}`, role, text, sentAt: clock.now() };
    if (card) sent.card = card;
    return sent;
  }

  function deliverNextTurn(id: string) {
    const timer = timers.get(id);
    if (timer !== undefined) clock.clearTimeout(timer);
    timers.delete(id);
    const conversation = find(id);
    const turn = conversation?.scenario.turns[conversation.nextTurn];
    if (!conversation || !turn) return;
    const arriving = turn.messages.map((scripted) => message(id, scripted.role, scripted.text, scripted.card));
    update(id, (current) => ({
      ...current,
      opened: true,
      messages: [...current.messages, ...arriving],
      nextTurn: current.nextTurn + 1,
      pending: false,
    }));
  }

  function scheduleNextTurn(id: string, delayMs: number) {
    const conversation = find(id);
    if (!conversation || conversation.pending || !hasMoreTurns(conversation)) return;
    timers.set(id, clock.setTimeout(() => deliverNextTurn(id), delayMs));
    update(id, (current) => ({ ...current, pending: true }));
  }

  return {
    getState: (): DemoState => state,

    /** The player's clock: practice mode times replies against the same clock that stamps messages. */
    now: (): number => clock.now(),

    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    open(id: string) {
      const conversation = find(id);
      if (!conversation) return;
      update(id, (current) => ({ ...current, opened: true }), id);
      if (!conversation.opened && conversation.nextTurn === 0) scheduleNextTurn(id, FIRST_MESSAGE_DELAY_MS);
    },

    /** Appends the agent's reply; the buyer answers after a short pause if the script goes on. */
    sendAgentMessage(id: string, text: string): boolean {
      const trimmed = text.trim();
      if (!trimmed || !find(id)) return false;
      const sent = message(id, 'agent', trimmed);
      update(id, (current) => ({ ...current, messages: [...current.messages, sent] }));
      scheduleNextTurn(id, BUYER_REPLY_DELAY_MS);
      return true;
    },

    /** 下一句: the buyer's next turn right now, for fast practice. */
    deliverNextTurn,

    /**
     * Practice mode: puts `scenario` at the top of the list from its first turn (a fresh start
     * when it is there already, for 再练一次), opens it, and the buyer writes shortly after.
     */
    startScenario(scenario: DemoScenario) {
      const timer = timers.get(scenario.id);
      if (timer !== undefined) clock.clearTimeout(timer);
      timers.delete(scenario.id);
      const fresh: DemoConversation = { scenario, messages: [], nextTurn: 0, pending: false, opened: true };
      state = {
        activeId: scenario.id,
        conversations: [fresh, ...state.conversations.filter((conversation) => conversation.scenario.id !== scenario.id)],
      };
      for (const listener of listeners) listener();
      scheduleNextTurn(scenario.id, FIRST_MESSAGE_DELAY_MS);
    },

    dispose() {
      for (const timer of timers.values()) clock.clearTimeout(timer);
      timers.clear();
      listeners.clear();
    },
  };
}
