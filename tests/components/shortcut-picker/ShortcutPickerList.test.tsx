// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShortcutPickerList } from '../../../components/shortcut-picker/ShortcutPickerList';
import { EXTENSION_UI_ATTRIBUTE } from '../../../utils/sites/extension-ui';
import { startPageSession, type PageSession } from '../../../utils/page/page-session';
import { createPhraseInsertion } from '../../../utils/page/phrase-insertion';
import { startShortcutPicker, type ShortcutPicker } from '../../../utils/picker/shortcut-picker';
import type { PickerPhrase } from '../../../utils/schemas/picker-phrase';
import { DEFAULT_SETTINGS } from '../../../utils/schemas/settings';
import type { SiteAdapter } from '../../../utils/sites/site-adapter';

function phrase(id: string, text: string, shortcut?: string): PickerPhrase {
  return { id, uid: `test/${id}`, packId: 'test', text, category: 'greeting', triggers: [], tags: [], ...(shortcut ? { shortcut } : {}) };
}

const PHRASES = [phrase('hello', '亲，欢迎光临', 'hy'), phrase('bye', '欢迎下次光临')];
/** What the background answers the next search with. */
let answer: PickerPhrase[] = PHRASES;

let picker: ShortcutPicker;
let session: PageSession;
let box: HTMLTextAreaElement;

beforeEach(() => {
  answer = PHRASES;
  box = document.createElement('textarea');
  document.body.append(box);
  box.focus();
  const adapter: SiteAdapter = {
    id: 'generic',
    matches: () => true,
    findMessageList: () => null,
    readThread: () => null,
    findInput: () => box,
    findSendButton: () => null,
    currentBuyer: () => null,
  };
  // A picked phrase goes in through the page's one insertion path, over its real session.
  session = startPageSession({ adapter, doc: document });
  picker = startShortcutPicker({
    doc: document,
    adapter,
    search: async () => answer,
    insertPhrase: createPhraseInsertion({
      session,
      loadSettings: async () => DEFAULT_SETTINGS,
      recordInsertion: async () => undefined,
      outcomes: undefined,
      onError: () => undefined,
    }),
  });
});
afterEach(() => {
  cleanup();
  picker.stop();
  session.stop();
  box.remove();
});

async function typeShortcut(text: string): Promise<void> {
  await act(async () => {
    box.value = text;
    box.setSelectionRange(text.length, text.length);
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('the shortcut picker list by the caret', () => {
  it('shows nothing until the agent types a shortcut', () => {
    render(<ShortcutPickerList picker={picker} lang="zh-CN" />);
    expect(screen.queryByTestId('shortcut-picker')).toBeNull();
  });

  it('lists the matches with their shortcut codes, the first chosen, marked as our UI', async () => {
    render(<ShortcutPickerList picker={picker} lang="zh-CN" />);
    await typeShortcut('/hy');
    const list = screen.getByRole('listbox', { name: '快捷话术' });
    expect(screen.getByTestId('shortcut-picker').hasAttribute(EXTENSION_UI_ATTRIBUTE)).toBe(true);
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['/hy亲，欢迎光临', '欢迎下次光临']);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    expect(list).toBeTruthy();
    expect(screen.getByText('↑↓ 选择 · Enter 或 Tab 插入 · Esc 关闭')).toBeTruthy();
  });

  it('speaks English when the agent chose it', async () => {
    render(<ShortcutPickerList picker={picker} lang="en" />);
    await typeShortcut('/hy');
    expect(screen.getByRole('listbox', { name: 'Quick phrases' })).toBeTruthy();
  });

  it('names each phrase’s topic in the agent’s language, from the names the background sent with it', async () => {
    answer = [
      { ...phrase('hello', '亲，欢迎光临', 'hy'), topic: 'greeting.open', topicLabels: { 'zh-CN': '接待问候', en: 'Welcome' } },
      { ...phrase('night', '亲，晚上好', 'wsh'), topic: 'greeting.night-shift' },
    ];
    render(<ShortcutPickerList picker={picker} lang="zh-CN" />);
    await typeShortcut('/h');
    expect(screen.getAllByTestId('shortcut-picker-topic').map((topic) => topic.textContent)).toEqual(['接待问候', 'night-shift']);
    cleanup();
    render(<ShortcutPickerList picker={picker} lang="en" />);
    expect(screen.getAllByTestId('shortcut-picker-topic').map((topic) => topic.textContent)).toEqual(['Welcome', 'night-shift']);
  });

  it('follows the mouse and picks on click, keeping the focus in the reply box', async () => {
    render(<ShortcutPickerList picker={picker} lang="zh-CN" />);
    await typeShortcut('/hy');
    const second = screen.getAllByRole('option')[1]!;
    fireEvent.mouseEnter(second);
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(fireEvent.mouseDown(second)).toBe(false);
    await act(async () => {
      fireEvent.click(second);
      await new Promise((resolve) => setTimeout(resolve, 150));
    });
    expect(box.value).toBe('欢迎下次光临');
    expect(screen.queryByTestId('shortcut-picker')).toBeNull();
  });
});
