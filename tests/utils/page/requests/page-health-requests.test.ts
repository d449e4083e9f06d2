// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { answerPageRequest } from '../../../../utils/page/requests/answer-page-request';
import { pageHealthAnswerDelay, structureAnswerDelay } from '../../../../utils/page/requests/frame-policy';
import type { PageHealthMonitor } from '../../../../utils/page/page-health-monitor';
import type { PageSession } from '../../../../utils/page/page-session';
import type { PageHealth, PageStructureExport } from '../../../../utils/schemas/page-health';

/** readPageHealth and exportPageStructure: answered from the page's health monitor, parsed like every answer. */

const CHANGED: PageHealth = { client: 'pinduoduo', status: 'changed', failed: ['messageList', 'input'], genericFallback: false };
const EXPORTED: PageStructureExport = {
  format: 1,
  client: 'pinduoduo',
  version: '1.4.0',
  exportedAt: '2026-12-06T08:00:00.000Z',
  root: 'body',
  failed: ['messageList', 'input'],
  nodes: 2,
  truncated: false,
  tree: { tag: 'body', children: [{ tag: 'textarea', id: 'composerInput', attributes: { placeholder: null } }] },
};

function session(health?: Partial<PageHealthMonitor>): PageSession {
  return {
    adapter: { id: 'pinduoduo' } as PageSession['adapter'],
    health: health ? ({ current: () => CHANGED, exportStructure: () => EXPORTED, stop: vi.fn(), ...health } as PageHealthMonitor) : undefined,
    readThread: vi.fn(() => ({ site: 'pinduoduo', hasInput: false, thread: null })),
    insertText: vi.fn(async () => ({ ok: false })),
    inputState: vi.fn(() => ({ input: 'none' as const, hasMessageList: false, focusInChildFrame: false })),
    stop: vi.fn(),
  };
}

const noInsertion = vi.fn(async () => null);

describe('the page-health requests', () => {
  it('readPageHealth answers the monitor’s verdict; a page without one (the demo, a custom site) is no client', async () => {
    await expect(answerPageRequest(session({}), 'readPageHealth', undefined, noInsertion)).resolves.toEqual(CHANGED);
    await expect(answerPageRequest(session(), 'readPageHealth', undefined, noInsertion)).resolves.toEqual({ client: null, status: 'no-chat', failed: [], genericFallback: false });
  });

  it('exportPageStructure answers the snapshot, refused where no client’s adapter reads the page', async () => {
    await expect(answerPageRequest(session({}), 'exportPageStructure', undefined, noInsertion)).resolves.toEqual(EXPORTED);
    await expect(answerPageRequest(session(), 'exportPageStructure', undefined, noInsertion)).rejects.toThrow(/supported chat clients/);
  });

  it('an off-format snapshot never leaves the page: an unmasked id or a Chinese class is refused', async () => {
    const leaky = { ...EXPORTED, tree: { tag: 'body', id: 'buyer-13812345678' } };
    await expect(answerPageRequest(session({ exportStructure: () => leaky }), 'exportPageStructure', undefined, noInsertion)).rejects.toThrow();
    const chinese = { ...EXPORTED, tree: { tag: 'body', classes: ['买家王小明'] } };
    await expect(answerPageRequest(session({ exportStructure: () => chinese }), 'exportPageStructure', undefined, noInsertion)).rejects.toThrow();
    const valued = { ...EXPORTED, tree: { tag: 'body', attributes: { title: 'wang xiaoming' } } };
    await expect(answerPageRequest(session({ exportStructure: () => valued }), 'exportPageStructure', undefined, noInsertion)).rejects.toThrow();
  });

  it('in a tab with frames, the frame showing the chat answers first', () => {
    const topWithFrames = { isTopFrame: true, hasChildFrames: true };
    expect(pageHealthAnswerDelay(CHANGED, topWithFrames)).toBe(0);
    expect(pageHealthAnswerDelay({ ...CHANGED, status: 'no-chat' }, topWithFrames)).toBeGreaterThan(0);
    expect(pageHealthAnswerDelay({ ...CHANGED, status: 'no-chat' }, { isTopFrame: true, hasChildFrames: false })).toBe(0);
    expect(structureAnswerDelay({ ...EXPORTED, root: 'chat-area' }, topWithFrames)).toBe(0);
    expect(structureAnswerDelay(EXPORTED, topWithFrames)).toBeGreaterThan(0);
  });
});
