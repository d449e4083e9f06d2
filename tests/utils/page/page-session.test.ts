// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPageSession, type PageSession } from '../../../utils/page/page-session';
import { demoAdapter } from '../../../utils/sites/demo-adapter';
import { genericAdapter } from '../../../utils/sites/generic-adapter';
import { EXTENSION_UI_ATTRIBUTE } from '../../../utils/sites/extension-ui';
import { loadFixturePage } from '../../fixtures/pages/load-fixture-page';

/**
 * Text boxes only: jsdom has no execCommand and no real editing, so rich-text insertion is
 * checked in Chromium (tests/utils/editors/insert-text.browser.test.ts).
 */

function replyBox(): HTMLTextAreaElement {
  const box = document.querySelector<HTMLTextAreaElement>('#demo-reply-input');
  if (!box) throw new Error('fixture has no reply box');
  return box;
}

/** The page's own model of the reply box, updated only by `input` events, like Vue's v-model. */
function watchModel(box: HTMLTextAreaElement): { value: string } {
  const model = { value: box.value };
  box.addEventListener('input', () => (model.value = box.value));
  return model;
}

describe('a page session on the demo chat', () => {
  let session: PageSession;
  let sends: number;

  beforeEach(() => {
    loadFixturePage('demo-chat.html');
    sends = 0;
    document.querySelector('#demo-send')?.addEventListener('click', () => (sends += 1));
    session = startPageSession({ adapter: demoAdapter, doc: document });
  });
  afterEach(() => session.stop());

  it('answers what the popup needs: the site, whether a reply box exists, and the thread', () => {
    const page = session.readThread();
    expect(page.site).toBe('demo');
    expect(page.hasInput).toBe(true);
    expect(page.thread?.messages.at(-1)?.text).toBe('能不能便宜一点？两个一起拍');
  });

  it('inserts where the agent’s caret was, even after a panel took the focus, and the page’s model sees it', async () => {
    const box = replyBox();
    const model = watchModel(box);
    box.focus();
    box.value = '亲，可以的';
    box.setSelectionRange(2, 2);
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));

    // The agent clicks into a search field of our panel: focus and caret leave the reply box.
    const panel = document.createElement('div');
    panel.setAttribute(EXTENSION_UI_ATTRIBUTE, '');
    const search = document.createElement('input');
    panel.append(search);
    document.body.append(panel);
    search.focus();
    box.setSelectionRange(0, 0);

    const result = await session.insertText('两个一起拍再送杯套，');
    expect(result).toEqual({ ok: true, strategy: 'native-value-setter' });
    expect(box.value).toBe('亲，两个一起拍再送杯套，可以的');
    expect(model.value).toBe(box.value);
    expect(document.activeElement).toBe(box);
    expect(sends).toBe(0);
  });

  it('replaces the words the agent had selected', async () => {
    const box = replyBox();
    box.focus();
    box.value = '亲，稍等';
    box.setSelectionRange(2, 4);
    box.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    await session.insertText('马上为您查询');
    expect(box.value).toBe('亲，马上为您查询');
  });

  it('puts a phrase after a half-written reply the agent never clicked into', async () => {
    const box = replyBox();
    box.value = '亲，';
    await session.insertText('在的～');
    expect(box.value).toBe('亲，在的～');
  });

  it('selects a blank only the agent can fill, so what they type next replaces it', async () => {
    const box = replyBox();
    box.focus();
    box.value = '好的，';
    box.setSelectionRange(3, 3);
    box.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    await session.insertText('这款预计{日期}到仓，{日期}前拍下优先发');
    expect(box.value).toBe('好的，这款预计{日期}到仓，{日期}前拍下优先发');
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe('{日期}');
    expect(box.selectionStart).toBe('好的，这款预计'.length);
  });

  it('leaves the caret after a phrase with nothing left to fill', async () => {
    const box = replyBox();
    box.focus();
    await session.insertText('亲，在的～');
    expect([box.selectionStart, box.selectionEnd]).toEqual([5, 5]);
  });

  it('says there is no reply box rather than inserting somewhere else', async () => {
    replyBox().remove();
    expect(session.readThread().hasInput).toBe(false);
    expect(await session.insertText('在的～')).toEqual({ ok: false, reason: 'no-input' });
  });

  it('refuses to insert once stopped (the extension was updated under the page)', async () => {
    session.stop();
    expect(await session.insertText('在的～')).toEqual({ ok: false, reason: 'invalidated' });
    expect(replyBox().value).toBe('');
  });

  it('reports each change of the thread to its listener, and stops reporting when stopped', async () => {
    session.stop();
    const kinds: string[] = [];
    session = startPageSession({ adapter: demoAdapter, doc: document, onThreadChange: (change) => kinds.push(change.kind) });
    const item = document.createElement('li');
    item.className = 'msg msg--buyer';
    item.dataset.msgId = 'bargaining-9';
    item.innerHTML = '<p class="msg__text">好的我拍了</p>';
    document.querySelector('ol.msg-list')?.append(item);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(kinds).toEqual(['new-message']);
    session.stop();
    document.querySelector('ol.msg-list')?.append(item.cloneNode(true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(kinds).toEqual(['new-message']);
  });
});

describe('a page session on a page it only knows generically', () => {
  let session: PageSession;
  beforeEach(() => {
    loadFixturePage('generic-chat.html');
    session = startPageSession({ adapter: genericAdapter, doc: document });
  });
  afterEach(() => session.stop());

  it('inserts into the reply box the agent last worked in after focus moved to a button', async () => {
    const reply = document.querySelector<HTMLTextAreaElement>('textarea.reply-editor');
    const extra = document.createElement('textarea');
    extra.className = 'order-note';
    document.body.append(extra);
    // With two reply boxes on the page, only the agent's own focus tells which one is the chat's.
    reply?.focus();
    document.querySelector<HTMLButtonElement>('.tool-emoji')?.focus();
    const result = await session.insertText('亲，S码有货的');
    expect(result.ok).toBe(true);
    expect(reply?.value).toBe('亲，S码有货的');
    expect(extra.value).toBe('');
  });

  it('tells the frames of a tab where it stands', () => {
    expect(session.inputState()).toEqual({ input: 'found', hasMessageList: true, focusInChildFrame: false });
    document.querySelector<HTMLTextAreaElement>('textarea.reply-editor')?.focus();
    expect(session.inputState().input).toBe('remembered');
  });
});
