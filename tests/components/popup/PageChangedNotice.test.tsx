// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp';
import type { PopupServices } from '../../../components/popup/popup-services';
import type { LibraryStatus } from '../../../utils/messaging/protocol';
import type { PageHealth, PageStructureExport } from '../../../utils/schemas/page-health';
import type { PageThread } from '../../../utils/schemas/page-results';
import { DEFAULT_SETTINGS } from '../../../utils/schemas/settings';

/** The popup on a stock client's tab: 页面结构可能已变化 when the page stopped matching, and 导出页面结构. */

const CHAT_TAB = 42;
const NOTHING_READ: PageThread = { site: 'pinduoduo', hasInput: false, thread: null };
const CHANGED: PageHealth = { client: 'pinduoduo', status: 'changed', failed: ['messageList', 'input'], genericFallback: false };
const EXPORTED: PageStructureExport = {
  format: 1,
  client: 'pinduoduo',
  version: '1.4.0',
  exportedAt: '2026-12-06T08:00:00.000Z',
  root: 'body',
  failed: ['messageList', 'input'],
  nodes: 1,
  truncated: false,
  tree: { tag: 'body' },
};

function status(): LibraryStatus {
  return { phraseCount: 120, packs: [], categories: [], defaultPackRemoved: false, libraryVersion: null };
}

function fakeServices(health: PageHealth, overrides: Partial<PopupServices> = {}): PopupServices {
  return {
    detached: false,
    targetTabId: vi.fn(async () => CHAT_TAB),
    readThread: vi.fn(async () => NOTHING_READ),
    readPageHealth: vi.fn(async () => health),
    exportPageStructure: vi.fn(async () => EXPORTED),
    saveFile: vi.fn(),
    insertPhrase: vi.fn(async () => ({ ok: false, text: '' })),
    insertPlainText: vi.fn(async () => ({ ok: false, text: '' })),
    suggest: vi.fn(async () => ({ buyerTurn: null, suggestions: [] })),
    searchPhrases: vi.fn(async () => []),
    recordInsertion: vi.fn(async () => {}),
    getLibraryStatus: vi.fn(async () => status()),
    settings: vi.fn(async () => DEFAULT_SETTINGS),
    restoreDefaultPack: vi.fn(async () => status()),
    openDemo: vi.fn(async () => {}),
    openDetached: vi.fn(async () => {}),
    closePopup: vi.fn(),
    ...overrides,
  };
}

afterEach(cleanup);

describe('the popup on a client page that stopped matching', () => {
  it('says 页面结构可能已变化 with what was not found, what still works and how to report it, instead of "no chat"', async () => {
    render(<PopupApp services={fakeServices(CHANGED)} />);
    const notice = await screen.findByTestId('page-changed');
    expect(notice.textContent).toContain('页面结构可能已变化');
    expect(notice.textContent).toContain('拼多多商家客服');
    expect(notice.textContent).toContain('消息列表、回复框');
    expect(notice.textContent).toContain('话术搜索');
    expect(notice.textContent).toContain('导出页面结构');
    expect(screen.queryByTestId('state-no-chat')).toBeNull();
  });

  it('导出页面结构 saves the page’s structure as a JSON file named with the client and the date', async () => {
    const services = fakeServices(CHANGED);
    render(<PopupApp services={services} />);
    const notice = await screen.findByTestId('page-changed');
    fireEvent.click(within(notice).getByTestId('export-page-structure'));
    await waitFor(() => expect(services.saveFile).toHaveBeenCalledTimes(1));
    expect(services.exportPageStructure).toHaveBeenCalledWith(CHAT_TAB);
    const [fileName, text] = vi.mocked(services.saveFile!).mock.calls[0] ?? [];
    expect(fileName).toMatch(/^huashu-zhushou-page-structure-pinduoduo-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text ?? '')).toEqual(EXPORTED);
    expect((await screen.findByTestId('page-structure-saved')).textContent).toContain(fileName);
  });

  it('on a client page that reads well: no notice, and the export still at hand in the footer', async () => {
    render(<PopupApp services={fakeServices({ ...CHANGED, status: 'ok', failed: [] })} />);
    expect(await screen.findByTestId('export-page-structure')).toBeTruthy();
    expect(screen.queryByTestId('page-changed')).toBeNull();
  });

  it('on a tab that is no client: neither notice nor export', async () => {
    const services = fakeServices({ client: null, status: 'no-chat', failed: [], genericFallback: false });
    render(<PopupApp services={services} />);
    await screen.findByTestId('state-no-chat');
    expect(screen.queryByTestId('export-page-structure')).toBeNull();
    expect(screen.queryByTestId('page-changed')).toBeNull();
  });
});
