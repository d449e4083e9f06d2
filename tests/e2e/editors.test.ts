import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../../utils/dev-tools/browser/launch-extension';
import type { ContentWorld } from '../fixtures/editors/content-world';
import { TARGET_ATTRIBUTE } from '../fixtures/editors/fixture-page';
import { buildEditorPages, EDITOR_PAGES, EDITOR_PAGES_ORIGIN, editorPageUrl, type EditorPage } from '../fixtures/editors/editor-pages';

/**
 * An agent inserts a phrase into each kind of chat input the seller clients use, built from the
 * real editor libraries (tests/fixtures/editors/), in Debian's Chromium. Every check reads the
 * EDITOR'S OWN MODEL (Quill's Delta, ProseMirror's doc, Lexical's and Draft's editor state,
 * Slate's children, Vue's data, React's state): text that only reached the DOM would vanish at
 * the editor's next render and is a failure here.
 *
 * The insertion code runs in an isolated world of the page (CDP `Page.createIsolatedWorld`), the
 * kind of world a content script gets: the DOM is shared, the page's JavaScript is not, so the
 * editors see our events as they would from the shipped content script. Loading the extension
 * itself adds nothing to these checks (client pages, popup and bar have their own tests), and
 * leaving it out keeps this file fast.
 */

const TYPED_BEFORE = 'ab';
const PHRASE = '在的';
const MULTI_LINE = '亲，您好\n请问有什么可以帮您？\n祝您购物愉快';
const MARKUP = '<b>包邮</b> &amp; <img src=x onerror="window.pwned=1">';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;
let contentWorldCode: string;
/** The isolated world of the page now open. */
let contentWorldId = 0;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`没有找到 Chromium：${CHROMIUM_PATH} / Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  const [pages, world] = await Promise.all([
    buildEditorPages(),
    build({
      entryPoints: [join(import.meta.dirname, '../fixtures/editors/content-world.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'chrome120',
      logLevel: 'silent',
    }),
  ]);
  contentWorldCode = world.outputFiles[0]?.text ?? '';
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
  context = await browser.newContext();
  // The fixture origin is never a real host: every request is answered from memory, and
  // anything else is refused (the pages load nothing, so nothing else should be asked for).
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const html = url.origin === EDITOR_PAGES_ORIGIN ? pages.get(url.pathname.replace(/^\/|\.html$/g, '')) : undefined;
    return html ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort('blockedbyclient');
  });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  cdp = await context.newCDPSession(page);
}, 60_000);

afterEach(() => {
  // An editor that throws on our event has not taken the text, whatever the DOM shows.
  expect(pageErrors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the editor's page (optionally with a draft already in it) and starts our code beside it. */
async function openEditor(editor: EditorPage, draft = ''): Promise<void> {
  pageErrors.length = 0;
  await page.goto(editorPageUrl(editor, draft));
  await page.waitForFunction(() => window.editorFixture !== undefined);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'huashu-content-script' });
  contentWorldId = executionContextId;
  const started = await cdp.send('Runtime.evaluate', { expression: contentWorldCode, contextId: contentWorldId });
  if (started.exceptionDetails) throw new Error(`the content-script side did not start: ${started.exceptionDetails.exception?.description ?? started.exceptionDetails.text}`);
}

/** Calls the content-script side (see content-world.ts) in its isolated world. */
async function inContentWorld<K extends keyof ContentWorld>(method: K, text: string): Promise<Awaited<ReturnType<ContentWorld[K]>>> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: `contentWorld.${method}(${JSON.stringify(text)})`,
    contextId: contentWorldId,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`${method} threw: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as Awaited<ReturnType<ContentWorld[K]>>;
}

/** What the editor's own model holds (lines joined by "\n"). */
function modelText(): Promise<string> {
  return page.evaluate(() => window.editorFixture?.modelText() ?? '');
}

const target = () => page.locator(`[${TARGET_ATTRIBUTE}]`);

/** The agent clicks into the editor and types; the caret ends between the two letters. */
async function typeWithCaretInside(): Promise<void> {
  await target().click();
  await page.keyboard.type(TYPED_BEFORE);
  await page.keyboard.press('ArrowLeft');
}

/** Single-line inputs cannot hold a line break: it arrives as a space. */
const linesAsShown = (editor: EditorPage, text: string) => (editor.singleLine ? text.replace(/\n/g, ' ') : text);

describe.each(EDITOR_PAGES)('inserting a phrase into $label', (editor) => {
  it('(a, c) with the caret in the editor: the phrase lands at the caret, and typing goes on after it', async () => {
    await openEditor(editor);
    await typeWithCaretInside();
    expect(await inContentWorld('insertIntoEditor', PHRASE)).toBe(true);
    expect(await modelText()).toBe(`a${PHRASE}b`);
    await page.keyboard.type('c');
    expect(await modelText()).toBe(`a${PHRASE}cb`);
  });

  it('(b, c) after the agent clicked a button elsewhere: the phrase lands at the caret they left (else at the end), and typing goes on after it', async () => {
    await openEditor(editor);
    await typeWithCaretInside();
    await page.locator('#elsewhere').click();
    expect(await inContentWorld('insertWithChain', PHRASE)).toMatchObject({ ok: true });
    await page.keyboard.type('c');
    expect(await modelText()).toBe(editor.dropsCaretOnBlur ? `ab${PHRASE}c` : `a${PHRASE}cb`);
  });

  it('(b) through the page session, after the agent clicked page text that took the selection too', async () => {
    await openEditor(editor);
    await typeWithCaretInside();
    await page.locator('#elsewhere').click();
    await page.locator('#page-text').click({ clickCount: 2 });
    expect(await inContentWorld('insertThroughSession', PHRASE)).toMatchObject({ ok: true });
    await page.keyboard.type('c');
    expect(await modelText()).toBe(`a${PHRASE}cb`);
  });

  it('(b) in an editor the agent has not clicked yet: the phrase goes after the draft already there', async () => {
    await openEditor(editor, '亲，');
    expect(await inContentWorld('insertWithChain', PHRASE)).toMatchObject({ ok: true });
    await page.keyboard.type('c');
    expect(await modelText()).toBe(`亲，${PHRASE}c`);
  });

  it('(d) a multi-line phrase keeps its line breaks', async () => {
    await openEditor(editor);
    await target().click();
    expect(await inContentWorld('insertWithChain', MULTI_LINE)).toMatchObject({ ok: true });
    expect(await modelText()).toBe(linesAsShown(editor, MULTI_LINE));
    await page.keyboard.type('c');
    expect(await modelText()).toBe(`${linesAsShown(editor, MULTI_LINE)}c`);
  });

  it('(e) a phrase that looks like HTML arrives as literal text', async () => {
    await openEditor(editor);
    expect(await inContentWorld('insertWithChain', MARKUP)).toMatchObject({ ok: true });
    expect(await modelText()).toBe(MARKUP);
    expect(await page.locator('#editor b, #editor img').count()).toBe(0);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  });

  it('(f) Ctrl+Z takes the phrase out again, leaving the draft', async () => {
    await openEditor(editor, TYPED_BEFORE);
    await target().click();
    await page.keyboard.press('End');
    // Slate and ProseMirror follow a caret the browser moved a moment later.
    await page.waitForTimeout(150);
    await page.keyboard.press('ArrowLeft');
    expect(await inContentWorld('insertWithChain', PHRASE)).toMatchObject({ ok: true });
    expect(await modelText()).toBe(`a${PHRASE}b`);
    await page.keyboard.press('Control+z');
    await expect.poll(modelText).toBe(TYPED_BEFORE);
  });
});
