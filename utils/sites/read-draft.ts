import { readEditorText } from '../editors/editable';
import type { PageDraft } from '../schemas/page-results';
import type { SiteAdapter } from './site-adapter';

/** Longer than any draft a chat client accepts; the protocol refuses more. */
const MAX_DRAFT_LENGTH = 5000;

/** The agent's unsent draft in the chat's reply box (for the popup's 检查话术). */
export function readDraft(adapter: Pick<SiteAdapter, 'findInput'>, doc: Document): PageDraft {
  let input: HTMLElement | null = null;
  try {
    input = adapter.findInput(doc);
  } catch {
    input = null;
  }
  return input ? { hasInput: true, text: readEditorText(input).slice(0, MAX_DRAFT_LENGTH) } : { hasInput: false, text: '' };
}
