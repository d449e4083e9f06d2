/**
 * The attribute every piece of our own in-page UI carries on its root (the shadow host of the
 * in-page bar, the demo page's suggestion panel). Adapters skip anything inside it, so the
 * agent's click in our search box is never mistaken for the chat's reply box.
 */
export const EXTENSION_UI_ATTRIBUTE = 'data-huashu-ui';

/** True for elements inside our UI, looking out through shadow roots to their hosts. */
export function isInsideExtensionUi(element: Element): boolean {
  let current: Element | null = element;
  while (current) {
    if (current.closest(`[${EXTENSION_UI_ATTRIBUTE}]`)) return true;
    // A shadow root answers `host`; the document does not, which ends the climb.
    const root: Node & { host?: Element } = current.getRootNode();
    current = root.host ?? null;
  }
  return false;
}
