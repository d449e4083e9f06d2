// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startShortcutPicker, type ShortcutPicker } from '../../../utils/picker/shortcut-picker';
import { inputKeyRegistry, KEY_HANDLER_PRIORITY } from '../../../utils/page/input-key-handlers';
import { startPageSession, type PageSession } from '../../../utils/page/page-session';
import { createPhraseInsertion } from '../../../utils/page/phrase-insertion';
import { DEFAULT_SETTINGS } from '../../../utils/schemas/settings';
import type { LibraryPhrase } from '../../../utils/schemas/phrase';
import type { Thread } from '../../../utils/schemas/thread';
import type { SiteAdapter } from '../../../utils/sites/site-adapter';

function phrase(id: string, text: string, shortcut?: string): LibraryPhrase {
  return { id, uid: `test/${id}`, packId: 'test', text, category: 'greeting', triggers: [], tags: [], ...(shortcut ? { shortcut } : {}) };
}

const GREETING = phrase('hello', '亲，欢迎光临{店铺名}，我是{客服名}', 'hy');
const ETA = phrase('eta', '亲，您的订单{订单号}预计{日期}到仓', 'dc');
const THANKS = phrase('thanks', '感谢{买家}的支持', 'xx');

/** A seller page: a reply box that sends on Enter (what must not happen when Enter picks a phrase). */
function openChatPage() {
  document.body.innerHTML = '<textarea id="reply"></textarea>';
  const box = document.querySelector<HTMLTextAreaElement>('#reply')!;
  const sent: string[] = [];
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.isComposing) {
      sent.push(box.value);
      box.value = '';
    }
  });
  box.focus();
  return { box, sent };
}

/** The agent types `text` at the caret, as a keyboard would (value, caret, `input`). */
function type(box: HTMLTextAreaElement, text: string, composing = false): void {
  const at = box.selectionStart ?? box.value.length;
  box.value = box.value.slice(0, at) + text + box.value.slice(at);
  box.setSelectionRange(at + text.length, at + text.length);
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: composing ? 'insertCompositionText' : 'insertText', data: text, isComposing: composing }));
}

function press(box: HTMLTextAreaElement, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  box.dispatchEvent(event);
  return event;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the shortcut picker in the reply box', () => {
  let picker: ShortcutPicker;
  let session: PageSession;
  let page: ReturnType<typeof openChatPage>;
  let thread: Thread | null;
  const search = vi.fn(async (query: string) => [GREETING, ETA, THANKS].filter((candidate) => candidate.shortcut?.startsWith(query[0] ?? '')));
  const recordInsertion = vi.fn(async (_phraseUid: string, _intent: string) => undefined);
  const watchOutcome = vi.fn();

  beforeEach(() => {
    page = openChatPage();
    thread = { site: 'generic', messages: [], buyer: { nickname: '小米粥' } } as unknown as Thread;
    search.mockClear();
    recordInsertion.mockClear();
    watchOutcome.mockClear();
    const adapter: SiteAdapter = {
      id: 'generic',
      matches: () => true,
      findMessageList: () => null,
      readThread: () => thread,
      findInput: () => page.box,
      findSendButton: () => null,
      currentBuyer: () => null,
    };
    // The page's one insertion path over its real session; the use counter and the outcome
    // watcher are stand-ins.
    session = startPageSession({ adapter, doc: document });
    picker = startShortcutPicker({
      doc: document,
      adapter,
      search,
      insertPhrase: createPhraseInsertion({
        session,
        loadSettings: async () => ({ ...DEFAULT_SETTINGS, shopName: '小熊旗舰店', agentName: '阿花' }),
        recordInsertion,
        outcomes: { watch: watchOutcome },
        onError: () => undefined,
      }),
    });
  });
  afterEach(() => {
    picker.stop();
    session.stop();
  });

  it('opens with the matching phrases when the agent types /hy', async () => {
    type(page.box, '/hy');
    await settled();
    expect(search).toHaveBeenLastCalledWith('hy');
    const view = picker.view();
    expect(view.status).toBe('open');
    expect(view.status === 'open' && view.phrases[0]?.id).toBe('hello');
  });

  it('asks the key registry first, ahead of the send guard', () => {
    expect(inputKeyRegistry(window).order()[0]).toBe('shortcut-picker');
    expect(KEY_HANDLER_PRIORITY.shortcutPicker).toBeLessThan(KEY_HANDLER_PRIORITY.sendGuard);
  });

  it('replaces /hy with the phrase on Enter, placeholders filled, and the page does not send', async () => {
    type(page.box, '好的 ');
    type(page.box, '/hy');
    await settled();
    const enter = press(page.box, 'Enter');
    expect(enter.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(page.box.value).toBe('好的 亲，欢迎光临小熊旗舰店，我是阿花'));
    expect(page.sent).toEqual([]);
    expect(picker.view().status).toBe('closed');
    // Counted once, and what the agent then does with the filled text is watched.
    expect(recordInsertion).toHaveBeenCalledExactlyOnceWith(GREETING.uid, 'greeting');
    expect(watchOutcome).toHaveBeenCalledWith({ text: '亲，欢迎光临小熊旗舰店，我是阿花', phraseUid: GREETING.uid, intent: 'greeting' });
  });

  it('moves the choice with ↓/↑ and picks it with Tab', async () => {
    type(page.box, '/x');
    await settled();
    search.mockResolvedValueOnce([GREETING, THANKS]);
    type(page.box, 'x');
    await settled();
    press(page.box, 'ArrowDown');
    expect(picker.view().status === 'open' && picker.view()).toMatchObject({ active: 1 });
    // Past the last phrase the choice wraps round to the first, and back.
    press(page.box, 'ArrowDown');
    expect(picker.view()).toMatchObject({ active: 0 });
    press(page.box, 'ArrowUp');
    expect(picker.view()).toMatchObject({ active: 1 });
    expect(press(page.box, 'Tab').defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(page.box.value).toBe('感谢小米粥的支持'));
  });

  it('leaves the unfilled placeholder selected, so the agent types over it', async () => {
    type(page.box, '/dc');
    await settled();
    press(page.box, 'Enter');
    await vi.waitFor(() => expect(page.box.value).toBe('亲，您的订单{订单号}预计{日期}到仓'));
    const { selectionStart, selectionEnd, value } = page.box;
    expect(value.slice(selectionStart, selectionEnd)).toBe('{订单号}');
  });

  it('fills {订单号} when the thread shows the order, and then selects {日期}', async () => {
    thread = { site: 'generic', messages: [{ id: 'm1', role: 'buyer', text: '订单号：240512345678901234 什么时候到' }] } as unknown as Thread;
    type(page.box, '/dc');
    await settled();
    press(page.box, 'Enter');
    await vi.waitFor(() => expect(page.box.value).toBe('亲，您的订单240512345678901234预计{日期}到仓'));
    expect(page.box.value.slice(page.box.selectionStart, page.box.selectionEnd)).toBe('{日期}');
  });

  it('closes on Esc, keeps the typed text, and stays closed while the agent keeps typing that word', async () => {
    type(page.box, '/h');
    await settled();
    expect(press(page.box, 'Escape').defaultPrevented).toBe(true);
    expect(picker.view().status).toBe('closed');
    type(page.box, 'y');
    await settled();
    expect(picker.view().status).toBe('closed');
    expect(page.box.value).toBe('/hy');
  });

  it('stays closed when Esc comes before the matches do', async () => {
    let answer: (phrases: LibraryPhrase[]) => void = () => undefined;
    search.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    type(page.box, '/hy');
    expect(press(page.box, 'Escape').defaultPrevented).toBe(false);
    answer([GREETING]);
    await settled();
    expect(picker.view().status).toBe('closed');
  });

  it('does not hijack a slash inside a sentence: nothing is searched, Enter sends', async () => {
    type(page.box, '好的/hy');
    await settled();
    expect(search).not.toHaveBeenCalled();
    expect(picker.view().status).toBe('closed');
    expect(press(page.box, 'Enter').defaultPrevented).toBe(false);
    expect(page.sent).toEqual(['好的/hy']);
  });

  it('does nothing while an input method composes, and looks again once the composition ends', async () => {
    type(page.box, '/hy', true);
    await settled();
    expect(search).not.toHaveBeenCalled();
    expect(picker.view().status).toBe('closed');
    page.box.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: 'hy' }));
    await settled();
    expect(picker.view().status).toBe('open');
  });

  it('lets every key through when closed, and other keys through when open', async () => {
    expect(press(page.box, 'ArrowDown').defaultPrevented).toBe(false);
    type(page.box, '/hy');
    await settled();
    expect(press(page.box, 'a').defaultPrevented).toBe(false);
    expect(press(page.box, 'Enter', { shiftKey: true }).defaultPrevented).toBe(false);
  });

  it('closes when the shortcut is deleted or the reply box loses the focus', async () => {
    type(page.box, '/hy');
    await settled();
    page.box.value = '';
    page.box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
    expect(picker.view().status).toBe('closed');
    type(page.box, '/hy');
    await settled();
    page.box.blur();
    expect(picker.view().status).toBe('closed');
  });

  it('stays closed when nothing matches, and ignores a late answer for an older query', async () => {
    search.mockResolvedValueOnce([]);
    type(page.box, '/zz');
    await settled();
    expect(picker.view().status).toBe('closed');
    let answerOld: (phrases: LibraryPhrase[]) => void = () => undefined;
    search.mockReturnValueOnce(new Promise((resolve) => (answerOld = resolve)));
    page.box.value = '';
    type(page.box, '/h');
    page.box.value = '';
    page.box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    answerOld([GREETING]);
    await settled();
    expect(picker.view().status).toBe('closed');
  });
});
