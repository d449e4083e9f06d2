import { fillPlaceholders, placeholderValuesFor } from '../placeholders/fill-placeholders';
import type { InsertResult } from '../schemas/page-results';
import type { Settings } from '../schemas/settings';
import type { Thread } from '../schemas/thread';
import type { OutcomeReporter } from '../usage/observe-insertion-outcome';
import type { PageSession } from './page-session';

/** A library phrase as written (placeholders unfilled), and which phrase it is. */
export interface PhraseToInsert {
  text: string;
  phraseUid: string;
  category: string;
}

/**
 * Plain text that is no library phrase: a product fact the agent picked on the facts card. It
 * goes in exactly as written (no placeholders filled) and counts as no phrase use: nothing is
 * recorded and no outcome is watched.
 */
export interface PlainTextToInsert {
  text: string;
  plain: true;
}

/** What goes into a reply box: a library phrase, or plain text. */
export type TextToInsert = PhraseToInsert | PlainTextToInsert;

/** The insertion's outcome and the text as it went in (placeholders filled). */
export type PhraseInsertResult = InsertResult & { text: string };

export interface InsertPhraseOptions {
  /** The conversation the placeholders are filled from; the page's own reading when left out. */
  thread?: Thread | null;
  /** The reply box to insert into (the `/` picker's) instead of the one the session remembers. */
  into?: HTMLElement;
  /**
   * Asked once the settings are loaded, right before the text goes in: false cancels and the
   * insertion answers null (the `/` picker's trigger was typed over meanwhile).
   */
  ready?: () => boolean;
}

export type InsertPhrase = (what: TextToInsert, options?: InsertPhraseOptions) => Promise<PhraseInsertResult | null>;

export interface PhraseInsertionDeps {
  session: Pick<PageSession, 'insertText' | 'readThread'>;
  loadSettings(): Promise<Settings>;
  /** Counts one use for the team lead's statistics (the worker's `recordInsertion`). */
  recordInsertion(phraseUid: string, intent: string): Promise<unknown>;
  /** Learning from use: the page's one watcher of whether the phrase is sent, edited or deleted. */
  outcomes: Pick<OutcomeReporter, 'watch'> | undefined;
  /** A lost use count never undoes an insertion the agent already sees. */
  onError(error: unknown): void;
}

/**
 * The one way a phrase goes into a reply box, for every caller: the in-page bar (click,
 * Alt+1..3), the insert-first-suggestion shortcut, the popup, the demo's panel, practice mode and
 * the `/` picker. It fills the placeholders from the settings and the conversation, inserts
 * through the page session (one insertion at a time, the agent's caret restored, the first blank
 * only the agent can fill selected), then watches the outcome and counts the use.
 * Plain text (a fact from the facts card) takes the same way in, without the filling and counting.
 */
export function createPhraseInsertion(deps: PhraseInsertionDeps): InsertPhrase {
  return async (what, options = {}) => {
    if ('plain' in what) {
      if (options.ready && !options.ready()) return null;
      return { ...(await deps.session.insertText(what.text, options.into)), text: what.text };
    }
    const phrase = what;
    const settings = await deps.loadSettings();
    const thread = options.thread !== undefined ? options.thread : deps.session.readThread().thread;
    const { text } = fillPlaceholders(phrase.text, placeholderValuesFor(settings, thread));
    if (options.ready && !options.ready()) return null;
    const result = await deps.session.insertText(text, options.into);
    if (result.ok) {
      deps.outcomes?.watch({ text, phraseUid: phrase.phraseUid, intent: phrase.category });
      await deps.recordInsertion(phrase.phraseUid, phrase.category).catch(deps.onError);
    }
    return { ...result, text };
  };
}
