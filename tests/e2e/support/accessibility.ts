import type { BrowserContext, Page } from 'playwright-core';

/** Roles a user acts on: each needs a name a screen reader can announce. */
export const INTERACTIVE_ROLES = new Set([
  'button', 'link', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'switch', 'tab',
  'menuitem', 'option', 'listbox', 'spinbutton', 'slider',
]);

interface AxValue {
  value?: unknown;
}
interface AxNode {
  ignored: boolean;
  role?: AxValue;
  name?: AxValue;
  backendDOMNodeId?: number;
}

/**
 * How many interactive nodes the page's accessibility tree has (CDP `Accessibility.getFullAXTree`,
 * what assistive technology reads), and those without an accessible name, described by their
 * element's tag and attributes so a failure says which control it is.
 */
export async function auditControlNames(context: BrowserContext, page: Page): Promise<{ controls: number; unnamed: string[] }> {
  const cdp = await context.newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const controls = nodes.filter((node) => !node.ignored && INTERACTIVE_ROLES.has(String(node.role?.value ?? '')));
    const unnamed = controls.filter((node) => String(node.name?.value ?? '').trim() === '');
    const described = await Promise.all(
      unnamed.map(async (node) => {
        if (node.backendDOMNodeId === undefined) return String(node.role?.value);
        const { node: element } = (await cdp.send('DOM.describeNode', { backendNodeId: node.backendDOMNodeId })) as {
          node: { nodeName: string; attributes?: string[] };
        };
        return `${String(node.role?.value)} <${element.nodeName.toLowerCase()} ${(element.attributes ?? []).join(' ')}>`;
      }),
    );
    return { controls: controls.length, unnamed: described };
  } finally {
    await cdp.detach();
  }
}

/**
 * Marks every enabled, visible control a keyboard user should reach with Tab and returns how many
 * there are; `reachedByTab` then presses Tab from the top of the page and returns the marks it
 * focused. (Controls the page itself takes out of the tab order with tabindex="-1" are skipped.)
 */
export async function markFocusableControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable="true"]',
    );
    const marks: string[] = [];
    candidates.forEach((element, index) => {
      const disabled = (element as HTMLButtonElement).disabled === true || element.closest('[inert], fieldset:disabled') !== null;
      const hidden = element.getClientRects().length === 0 || getComputedStyle(element).visibility === 'hidden';
      if (disabled || hidden || element.tabIndex < 0) return;
      const mark = `${element.tagName.toLowerCase()}#${index}:${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 20)}`;
      element.dataset.a11yMark = mark;
      marks.push(mark);
    });
    return marks;
  });
}

export async function reachedByTab(page: Page, presses: number): Promise<string[]> {
  // Start at the top: focusing <body> moves Chromium's sequential-focus starting point there (a
  // blur alone leaves it at the element that had the focus, e.g. a section's own search box).
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  const reached = new Set<string>();
  for (let press = 0; press < presses; press += 1) {
    await page.keyboard.press('Tab');
    const mark = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.a11yMark ?? null);
    if (mark) reached.add(mark);
  }
  return [...reached];
}
