import { insertText } from './insert-text';

export { insertText, INSERTION_CHAIN } from './insert-text';

/**
 * Puts `text` into the chat input `target` as plain text and says whether the editor shows it.
 * The entry point for callers that only need yes or no; `insertText` also names the strategy.
 */
export async function insertIntoEditor(target: HTMLElement, text: string): Promise<boolean> {
  return (await insertText(target, text)).ok;
}
