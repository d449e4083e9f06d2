/**
 * What counts as a place the agent can type into. Attribute-based on purpose: `isContentEditable`
 * needs layout-free engines to implement it (jsdom does not), and the attribute is what the
 * editors themselves set.
 */

/** `<input>` types whose value is free text with a caret (selection APIs work on them). */
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'url', 'tel', 'email']);

export function isTextControl(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  if (element instanceof view.HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  if (element instanceof view.HTMLInputElement) {
    return TEXT_INPUT_TYPES.has(element.type.toLowerCase()) && !element.readOnly && !element.disabled;
  }
  return false;
}

function contentEditableState(element: Element): 'on' | 'off' | 'inherit' {
  const value = element.getAttribute('contenteditable');
  if (value === null) return 'inherit';
  const normalized = value.trim().toLowerCase();
  return normalized === '' || normalized === 'true' || normalized === 'plaintext-only' ? 'on' : 'off';
}

/**
 * The editing host `element` belongs to (the outermost element of its contenteditable region),
 * or null when it is not editable rich text. Rich editors keep their caret in nested nodes; the
 * host is where they listen for events.
 */
export function editingHostOf(element: Element): HTMLElement | null {
  let host: HTMLElement | null = null;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const state = contentEditableState(node);
    if (state === 'off') break;
    if (state === 'on' && isHtmlElement(node)) host = node;
  }
  return host;
}

export function isHtmlElement(node: unknown): node is HTMLElement {
  if (typeof node !== 'object' || node === null || !('ownerDocument' in node)) return false;
  const view = (node as Node).ownerDocument?.defaultView;
  return !!view && node instanceof view.HTMLElement;
}

/** What the editor currently shows, as text (a text control's value, a rich editor's text). */
export function readEditorText(editor: HTMLElement): string {
  return isTextControl(editor) ? editor.value : (editor.textContent ?? '');
}

/**
 * The focused element, looking through open shadow roots (editors in web components).
 * `document.activeElement` stops at the shadow host.
 */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether typing now would land in `editor` (the focus is in it, or in its editing host). */
export function holdsFocus(editor: HTMLElement): boolean {
  const active = deepActiveElement(editor.ownerDocument);
  if (!active) return false;
  if (isTextControl(editor)) return active === editor;
  const host = editingHostOf(editor);
  return !!host && host.contains(active);
}
