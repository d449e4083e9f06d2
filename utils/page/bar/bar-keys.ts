/**
 * What a key press means to the in-page bar. Alt+1..3 insert the suggestion with that number,
 * Alt+0 shows or hides the bar, Esc hides it (or, with the focus in the facts card, closes the card
 * and gives the focus back), Alt+P opens the product's facts card and focuses its first fact. They are read in a keydown listener of the
 * content script: Chromium on Linux leaves an Alt+digit `commands` entry unassigned, and CDP key
 * events never fire `commands` (docs/design-notes.md, "Keyboard traps").
 */
export type BarKeyCommand = { kind: 'insert'; index: number } | { kind: 'toggle' } | { kind: 'hide' } | { kind: 'facts' } | { kind: 'close-facts' };

/** The parts of a KeyboardEvent the decision reads. */
export interface BarKeyEvent {
  key: string;
  code: string;
  keyCode: number;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  repeat: boolean;
  isComposing: boolean;
}

export const BAR_SUGGESTION_COUNT = 3;

/**
 * The digit of Alt+digit from the physical key: with Alt held, `key` is a symbol on macOS
 * (Alt+1 is "¡") and may be remapped by the keyboard layout, `code` is not.
 */
function digitOf(event: BarKeyEvent): number | null {
  const match = /^(?:Digit|Numpad)([0-9])$/.exec(event.code) ?? /^([0-9])$/.exec(event.key);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** What is on screen: Esc belongs to the bar only while it shows; Alt+n only inserts what the agent can read. */
export interface BarKeyContext {
  /** The bar is on the page (open or collapsed). */
  visible: boolean;
  /** Its suggestions are readable (open, not collapsed). */
  expanded: boolean;
  /** It shows a recognised product that has facts (the facts card can open). */
  facts: boolean;
  /**
   * The focus is in the product's facts (the agent came with Alt+P): Esc closes the card there,
   * the way Esc leaves any open panel, rather than hiding the whole bar.
   */
  inFacts: boolean;
}

/** P for product, by the physical key too: with Alt held macOS types "π". */
function isFactsKey(event: BarKeyEvent): boolean {
  return event.code === 'KeyP' || event.key === 'p' || event.key === 'P';
}

/** Returns null for every key the bar leaves to the page, always while an IME is composing. */
export function barKeyCommand(event: BarKeyEvent, { visible, expanded, facts, inFacts }: BarKeyContext): BarKeyCommand | null {
  // Pinyin being composed: the key picks a candidate, it is not a command.
  if (event.isComposing || event.keyCode === 229) return null;
  if (event.key === 'Escape') {
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
    if (!plain || !visible) return null;
    return inFacts ? { kind: 'close-facts' } : { kind: 'hide' };
  }
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  // Without a product's facts on screen Alt+P stays the page's.
  if (isFactsKey(event)) return facts && expanded && !event.repeat ? { kind: 'facts' } : null;
  const digit = digitOf(event);
  if (digit === 0) return event.repeat ? null : { kind: 'toggle' };
  if (digit === null || digit > BAR_SUGGESTION_COUNT) return null;
  // A held key would insert the phrase again and again.
  if (event.repeat || !visible || !expanded) return null;
  return { kind: 'insert', index: digit - 1 };
}
