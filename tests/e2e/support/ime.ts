import type { BrowserContext, Page } from 'playwright-core';

/**
 * Types like a Chinese IME through CDP: pinyin shows as a composition, an Enter that picks the
 * candidate arrives as keyCode 229 while composing, then the chosen characters are committed.
 */
export async function typeWithIme(context: BrowserContext, page: Page, pinyin: string, chosen: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.insertText', { text: chosen });
  } finally {
    await cdp.detach();
  }
}
