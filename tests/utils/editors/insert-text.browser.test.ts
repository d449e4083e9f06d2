// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InsertResult } from '../../../utils/schemas/page-results';

/**
 * Editor insertion counts only in a real engine (jsdom has no execCommand, no clipboard events,
 * no editing), so this runs the chain in Debian's Chromium. The real editor libraries are checked
 * in tests/e2e/editors.test.ts; this file covers what they do not show on demand, with small
 * stand-ins (tests/fixtures/editors/stand-ins.html): a box that cannot hold the focus,
 * an editor that renders late, one that swallows the text, and the page session's caret memory.
 */

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIXTURES = join(import.meta.dirname, '../../fixtures/editors');

type HarnessWindow = Window & {
  huashu: {
    insertText(editor: HTMLElement, text: string): Promise<InsertResult>;
    session: { insertText(text: string): Promise<InsertResult> };
  };
};

let browser: Browser;
let page: Page;
let harness: string;
const standIns = readFileSync(join(FIXTURES, 'stand-ins.html'), 'utf8');

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`没有找到 Chromium：${CHROMIUM_PATH} / Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  const bundled = await build({
    entryPoints: [join(FIXTURES, 'stand-ins-harness.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    logLevel: 'silent',
  });
  harness = bundled.outputFiles[0]?.text ?? '';
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  // A fresh document per test, in one page: a new page costs more than all the checks.
  await page.setContent(standIns);
  await page.addScriptTag({ content: harness });
});

/** Inserts into the editor `selector` through the chain, as the page session would. */
function insertInto(selector: string, text: string): Promise<InsertResult> {
  return page.evaluate(
    ([selector, text]) => {
      const editor = document.querySelector<HTMLElement>(selector);
      if (!editor) throw new Error(`no ${selector}`);
      return (window as unknown as HarnessWindow).huashu.insertText(editor, text);
    },
    [selector, text] as const,
  );
}

const model = (selector: string) => page.locator(selector).getAttribute('data-model');

describe('inserting a phrase into each kind of reply box (Chromium)', () => {
  it('a Vue-style textarea is typed into by the browser: the model sees the text, so the next render keeps it', async () => {
    expect(await insertInto('#vue-box', '亲，在的～')).toEqual({ ok: true, strategy: 'exec-command' });
    await page.evaluate(() => (window as unknown as { rerenderVue(): void }).rerenderVue());
    expect(await page.locator('#vue-box').inputValue()).toBe('亲，在的～');
    expect(await model('#vue-box')).toBe('亲，在的～');
  });

  it('a textarea that cannot hold the focus gets the text through its value and an input event its model hears, never the box the focus went to', async () => {
    expect(await insertInto('#guarded-box', '亲，今天下单今天发')).toEqual({ ok: true, strategy: 'native-value-setter' });
    await page.evaluate(() => (window as unknown as { rerenderGuarded(): void }).rerenderGuarded());
    expect(await page.locator('#guarded-box').inputValue()).toBe('亲，今天下单今天发');
    expect(await model('#guarded-box')).toBe('亲，今天下单今天发');
    expect(await page.locator('#decoy-box').inputValue()).toBe('');
  });

  it('a textarea: at the caret, replacing the selected words', async () => {
    await page.locator('#vue-box').fill('亲，稍等一下哦');
    await page.evaluate(() => document.querySelector<HTMLTextAreaElement>('#vue-box')?.setSelectionRange(2, 6));
    await insertInto('#vue-box', '马上为您查询');
    expect(await page.locator('#vue-box').inputValue()).toBe('亲，马上为您查询哦');
  });

  it('a plain contenteditable: typed by the browser (undo works), at the caret', async () => {
    await page.locator('#plain-rich').click();
    await page.keyboard.type('ab');
    await page.keyboard.press('ArrowLeft');
    expect(await insertInto('#plain-rich', '在的')).toEqual({ ok: true, strategy: 'exec-command' });
    expect(await page.locator('#plain-rich').textContent()).toBe('a在的b');
    await page.keyboard.press('Control+z');
    expect(await page.locator('#plain-rich').textContent()).toBe('ab');
  });

  it('a Slate-like editor that renders on the next task gets the text exactly once', async () => {
    expect(await insertInto('#late-editor', '好的亲')).toEqual({ ok: true, strategy: 'beforeinput-event' });
    await page.waitForTimeout(100);
    expect(await page.locator('#late-editor').textContent()).toBe('好的亲');
    expect(await model('#late-editor')).toBe('好的亲');
  });

  it('an editor that takes the event but changes nothing is not written behind its back; the failure is reported', async () => {
    expect(await insertInto('#locked-editor', '亲，在的')).toEqual({ ok: false, strategy: 'beforeinput-event', reason: 'not-verified' });
    expect(await page.locator('#locked-editor').textContent()).toBe('');
  });

  it('text stays text: markup in a phrase is never parsed', async () => {
    await insertInto('#plain-rich', '<img src=x onerror="window.pwned=1">');
    expect(await page.locator('#plain-rich img').count()).toBe(0);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  });
});

describe('inserting after the agent clicked elsewhere (Chromium)', () => {
  it('goes back to the caret in the rich editor the agent was typing in', async () => {
    await page.locator('#plain-rich').click();
    await page.keyboard.type('亲，有货');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    // A click on a panel button takes focus, and this editor (like Draft.js) loses its selection.
    await page.locator('#panel-button').focus();
    await page.evaluate(() => getSelection()?.removeAllRanges());

    const result = await page.evaluate(() => (window as unknown as HarnessWindow).huashu.session.insertText('现在'));
    expect(result).toEqual({ ok: true, strategy: 'exec-command' });
    expect(await page.locator('#plain-rich').textContent()).toBe('亲，现在有货');
  });

  it('goes back to the caret in the textarea the agent was typing in', async () => {
    await page.locator('#vue-box').click();
    await page.keyboard.type('亲，发货');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.locator('#panel-button').click();

    await page.evaluate(() => (window as unknown as HarnessWindow).huashu.session.insertText('今天'));
    expect(await page.locator('#vue-box').inputValue()).toBe('亲，今天发货');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('vue-box');
  });

  it('puts a phrase for a rich editor the agent has not clicked after the text already there', async () => {
    await page.evaluate(() => {
      const editor = document.querySelector('#plain-rich');
      if (editor) editor.textContent = '亲，';
    });
    expect(await insertInto('#plain-rich', '在的')).toEqual({ ok: true, strategy: 'exec-command' });
    expect(await page.locator('#plain-rich').textContent()).toBe('亲，在的');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plain-rich');
  });
});
