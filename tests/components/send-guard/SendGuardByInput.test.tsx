// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DemoChatApp, type ConnectDemoPage } from '../../../components/demo/DemoChatApp';
import type { LibraryServices } from '../../../components/services/library-services';
import { createWordingRulesSource } from '../../../utils/guard/page-risky-wording-rules';
import type { ServedWordingRule } from '../../../utils/messaging/protocol';
import { defaultWordingRules } from '../../../utils/risky-wording/default-rules';
import { startSendGuard, type SendGuard } from '../../../utils/guard/send-guard';
import { createDemoPlayer, FIRST_MESSAGE_DELAY_MS, type DemoPlayer } from '../../../utils/demo/demo-player';
import { DEMO_SCENARIOS } from '../../../utils/demo/scenarios';
import { DEFAULT_SETTINGS } from '../../../utils/schemas/settings';
import { demoAdapter } from '../../../utils/sites/demo-adapter';

/**
 * The demo page with its send guard: the content script's own guard module and panel, on the
 * demo's React-controlled reply box. The background is a stand-in that serves the shipped rules.
 */
let player: DemoPlayer;
const counted: string[] = [];
const startDemoGuard = (): SendGuard =>
  startSendGuard({
    doc: document,
    adapter: demoAdapter,
    rules: createWordingRulesSource(async () => ({
      version: 'v1',
      rules: defaultWordingRules().map((rule) => ({ uid: `default-rules/${rule.id}`, rule: rule as ServedWordingRule['rule'] })),
    })),
    recordSentAnyway: async (ruleUid) => counted.push(ruleUid),
    recordDraftHeld: async () => undefined,
    resend: 'click',
  });

const library: LibraryServices = {
  suggest: async () => ({ buyerTurn: null, suggestions: [] }),
  searchPhrases: async () => [],
  recordInsertion: async () => {},
  getLibraryStatus: async () => ({ phraseCount: 120, packs: [], categories: [], defaultPackRemoved: false, libraryVersion: null }),
  settings: async () => DEFAULT_SETTINGS,
  restoreDefaultPack: async () => ({ phraseCount: 120, packs: [], categories: [], defaultPackRemoved: false, libraryVersion: null }),
};
const connectPage: ConnectDemoPage = () => ({ insertPhrase: async (phrase) => ({ ok: true, text: phrase.text }), stop: () => {} });

const input = () => document.querySelector<HTMLTextAreaElement>('textarea#demo-reply-input')!;
const agentMessages = () => Array.from(document.querySelectorAll('li.msg.msg--agent .msg__text'), (item) => item.textContent);

beforeEach(async () => {
  vi.useFakeTimers();
  counted.length = 0;
  player = createDemoPlayer(DEMO_SCENARIOS);
  player.open('bargaining');
  render(<DemoChatApp player={player} library={library} connectPage={connectPage} startSendGuard={startDemoGuard} />);
  await act(async () => {
    await vi.advanceTimersByTimeAsync(FIRST_MESSAGE_DELAY_MS);
  });
});
afterEach(() => {
  cleanup();
  player.dispose();
  vi.useRealTimers();
});

describe('the demo chat guards its reply box like a client page', () => {
  it('stops Enter on a blocked draft and shows the panel by the reply box; 替换 fixes the React draft, which then sends', async () => {
    fireEvent.change(input(), { target: { value: '加我微信聊' } });
    act(() => {
      fireEvent.keyDown(input(), { key: 'Enter' });
    });

    expect(agentMessages()).toEqual([]);
    expect(screen.getByTestId('send-guard').dataset.status).toBe('blocked');

    await act(async () => {
      fireEvent.click(screen.getByTestId('guard-replace'));
      await vi.advanceTimersByTimeAsync(0);
    });
    const fixed = '有什么问题直接在这里跟我说就好，我们全程在平台内为您处理。';
    expect(input().value).toBe(fixed);
    expect(screen.queryByTestId('send-guard')).toBeNull();

    act(() => {
      fireEvent.keyDown(input(), { key: 'Enter' });
    });
    expect(agentMessages()).toEqual([fixed]);
  });

  it('stops 发送 too, and 仍然发送 sends through the page’s own button and counts it', async () => {
    fireEvent.change(input(), { target: { value: '亲，不开发票哦' } });
    act(() => {
      fireEvent.click(document.querySelector('button#demo-send')!);
    });
    expect(agentMessages()).toEqual([]);

    await act(async () => {
      fireEvent.click(screen.getByTestId('guard-send-anyway'));
      await vi.advanceTimersByTimeAsync(1000);
    });

    expect(agentMessages()).toEqual(['亲，不开发票哦']);
    expect(counted).toEqual(['default-rules/invoice-refusal']);
  });
});
