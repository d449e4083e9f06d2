/**
 * One way of putting text into an editor. Each strategy lives in its own file and is tried in
 * the order of insert-text.ts; the chain, not the strategy, reads the editor back to decide
 * whether it worked.
 */
export interface InsertionStrategy {
  /** Reported in `InsertResult.strategy`, e.g. "native-value-setter". */
  readonly name: string;
  /** Whether this strategy is meant for this editor at all (a detection predicate per editor kind). */
  appliesTo(editor: HTMLElement): boolean;
  /**
   * Tries once to insert `text` at the caret, replacing the selection. Returns `claimed: true`
   * when the editor cancelled our event to handle it itself: it may render the change after this
   * task, and trying another strategy on top would insert the text twice.
   */
  attempt(editor: HTMLElement, text: string): { claimed: boolean };
}
