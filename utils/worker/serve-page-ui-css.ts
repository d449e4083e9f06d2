import { browser } from 'wxt/browser';
import { handleBackgroundRequest } from '../messaging/background-handlers';

/** Built by WXT from the CSS the content script's components import (`cssInjectionMode: 'manual'`). */
export const PAGE_UI_CSS_FILE = '/content-scripts/content.css';

/**
 * The worker reads the page UI's stylesheet from the package and hands it to content scripts,
 * which put it into their shadow roots (utils/page/page-ui-css.ts). Registers synchronously.
 */
export function servePageUiCss(readPackageFile: (path: string) => Promise<string> = readOwnFile): () => void {
  let css: Promise<string> | undefined;
  return handleBackgroundRequest('getPageUiCss', () => {
    css ??= readPackageFile(PAGE_UI_CSS_FILE).catch((error: unknown) => {
      css = undefined;
      throw error;
    });
    return css;
  });
}

async function readOwnFile(path: string): Promise<string> {
  // WXT's PublicPath type lists public/ and HTML pages only, not the content script's built CSS.
  const urlOf = browser.runtime.getURL as (path: string) => string;
  const response = await fetch(urlOf(path));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}
