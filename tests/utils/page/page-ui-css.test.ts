import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { callBackground } from '../../../utils/messaging/background-client';
import { backgroundMessenger } from '../../../utils/messaging/background-messenger';
import { createPageUiCssLoader } from '../../../utils/page/page-ui-css';
import { PAGE_UI_CSS_FILE, servePageUiCss } from '../../../utils/worker/serve-page-ui-css';
import { useChromeRuntimeMessaging } from '../../entrypoints/background/chrome-runtime-messaging';

describe('the page UI’s styles, handed over by the worker', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    fakeBrowser.reset();
    useChromeRuntimeMessaging();
  });
  afterEach(() => {
    stop();
    backgroundMessenger.removeAllListeners();
  });

  it('serves the built content-script stylesheet, read once per worker life', async () => {
    const read = vi.fn(async (path: string) => `/* ${path} */ .hs-bar{position:fixed}`);
    stop = servePageUiCss(read);
    expect(await callBackground('getPageUiCss')).toBe(`/* ${PAGE_UI_CSS_FILE} */ .hs-bar{position:fixed}`);
    await callBackground('getPageUiCss');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads the file again after a failed read', async () => {
    const read = vi.fn().mockRejectedValueOnce(new Error('HTTP 404')).mockResolvedValue('.hs-bar{}');
    stop = servePageUiCss(read);
    await expect(callBackground('getPageUiCss')).rejects.toThrow();
    expect(await callBackground('getPageUiCss')).toBe('.hs-bar{}');
  });
});

describe('a chat page loading them for its shadow roots', () => {
  it('turns :root rules into :host rules, and asks only once', async () => {
    const ask = vi.fn(async () => ':root{--hs-accent:#1664d9} .hs-bar{color:var(--hs-accent)}');
    const load = createPageUiCssLoader(ask);
    expect(await load()).toBe(':host{--hs-accent:#1664d9} .hs-bar{color:var(--hs-accent)}');
    await load();
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('mounts unstyled rather than not at all when the worker cannot answer, and asks again next time', async () => {
    const ask = vi.fn().mockRejectedValueOnce(new Error('Extension context invalidated.')).mockResolvedValue('.hs-bar{}');
    const load = createPageUiCssLoader(ask);
    expect(await load()).toBe('');
    expect(await load()).toBe('.hs-bar{}');
  });
});
