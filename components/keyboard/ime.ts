/**
 * True while an input method is composing (pinyin not yet committed). Enter then confirms the
 * candidate, so acting on it would insert or send half-typed Chinese. Chromium reports some
 * composition keys only as keyCode 229, hence both checks.
 */
export function isImeComposing(event: { nativeEvent?: KeyboardEvent; isComposing?: boolean; keyCode: number }): boolean {
  const isComposing = event.nativeEvent ? event.nativeEvent.isComposing : event.isComposing === true;
  return isComposing || event.keyCode === 229;
}

/** A key press carrying Ctrl/Alt/Meta belongs to the browser or the page, never to our shortcuts. */
export function hasCommandModifier(event: { ctrlKey: boolean; altKey: boolean; metaKey: boolean }): boolean {
  return event.ctrlKey || event.altKey || event.metaKey;
}

/** Keeps a click on our buttons from taking focus (and the caret) away from the chat input. */
export function keepFocusWhereItIs(event: { preventDefault: () => void }): void {
  event.preventDefault();
}

/** Where a typed character is text, not a command: inputs, textareas, contenteditable. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** `/` opens search; a Chinese IME maps that key to `、`, so both count. */
export function isSearchKey(event: { key: string }): boolean {
  return event.key === '/' || event.key === '、';
}
