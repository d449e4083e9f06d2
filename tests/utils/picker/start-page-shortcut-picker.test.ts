// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { LibraryPhrase } from '../../../utils/schemas/phrase';
import { DEFAULT_SETTINGS } from '../../../utils/schemas/settings';
import type { Thread } from '../../../utils/schemas/thread';
import type { SiteAdapter } from '../../../utils/sites/site-adapter';

const calls = vi.hoisted(() => [] as Array<{ type: string; data: unknown }>);
const COUPONS: LibraryPhrase = {
  id: 'coupons',
  uid: 'test/coupons',
  packId: 'test',
  text: '亲，店铺首页有可领的优惠券，领取后下单自动抵扣哦。',
  category: 'bargaining',
  shortcut: 'yhq',
  triggers: [],
  tags: [],
};

vi.mock('../../../utils/messaging/page-background-client', () => ({
  callBackground: async (type: string, data: unknown) => {
    calls.push({ type, data });
    return type === 'pickerSearch' ? [COUPONS] : undefined;
  },
}));
vi.mock('../../../utils/settings/settings-store', () => ({ loadSettings: async () => DEFAULT_SETTINGS }));

const { startPageShortcutPicker } = await import('../../../utils/picker/start-page-shortcut-picker');
const { startPageSession } = await import('../../../utils/page/page-session');
const { pagePhraseInsertion } = await import('../../../utils/page/page-phrase-insertion');
const { createBackgroundOutcomeReporter } = await import('../../../utils/usage/background-outcome-reporter');

/** A chat page: the buyer asked 能便宜点吗; `send` posts the reply box as the agent's message. */
function chatPage() {
  document.body.innerHTML = '<ol id="sent"></ol><textarea id="box"></textarea>';
  const box = document.querySelector<HTMLTextAreaElement>('#box')!;
  const sent: string[] = [];
  const adapter: SiteAdapter = {
    id: 'test',
    matches: () => true,
    findMessageList: () => document.querySelector('#sent'),
    readThread: (): Thread => ({ site: 'test', messages: [{ role: 'buyer', text: '能便宜点吗' }, ...sent.map((text) => ({ role: 'agent' as const, text }))] }),
    findInput: () => box,
    findSendButton: () => null,
    currentBuyer: () => null,
  };
  box.focus();
  function type(text: string): void {
    box.value += text;
    box.setSelectionRange(box.value.length, box.value.length);
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  function send(): void {
    sent.push(box.value);
    document.querySelector('#sent')!.append(box.value);
    box.value = '';
  }
  return { box, adapter, type, send };
}

/** The agent types /yhq and picks the coupon phrase from the list. */
async function pickCoupons(page: ReturnType<typeof chatPage>, picker: ReturnType<typeof startPageShortcutPicker>): Promise<void> {
  page.type('/yhq');
  await vi.waitFor(() => expect(picker.view().status).toBe('open'));
  await picker.pick(0);
}

const outcomesReported = () => calls.filter((call) => call.type === 'recordInsertionOutcome').map((call) => call.data);

/**
 * The picker as a content script starts it: on the page's one insertion path (its session, the
 * settings, the worker's use counter and the page's one outcome watcher reporting to the worker).
 */
function startPicker(page: ReturnType<typeof chatPage>, signal: AbortSignal): ReturnType<typeof startPageShortcutPicker> {
  const session = startPageSession({ adapter: page.adapter, doc: document, signal });
  const outcomes = createBackgroundOutcomeReporter({ doc: document, adapter: page.adapter, onError: () => undefined });
  signal.addEventListener('abort', outcomes.stop, { once: true });
  const insertPhrase = pagePhraseInsertion(session, outcomes, () => undefined);
  return startPageShortcutPicker({ doc: document, adapter: page.adapter, signal, insertPhrase });
}

let stopPicker: AbortController;
beforeEach(() => {
  calls.length = 0;
  stopPicker = new AbortController();
});
afterEach(() => stopPicker.abort());

it('learns from a phrase picked with /yhq: counted, and sent unchanged once the agent sends it as it stood', async () => {
  const page = chatPage();
  const picker = startPicker(page, stopPicker.signal);
  await pickCoupons(page, picker);
  expect(page.box.value).toBe(COUPONS.text);
  expect(calls).toContainEqual({ type: 'recordInsertion', data: { phraseUid: 'test/coupons', intent: 'bargaining' } });

  page.send();
  await vi.waitFor(() => expect(outcomesReported()).toEqual([{ phraseUid: 'test/coupons', intent: 'bargaining', outcome: 'sent-unchanged' }]));
});

it('reports a picked phrase the agent rewrites before sending as edited, and one they clear as deleted', async () => {
  const page = chatPage();
  const picker = startPicker(page, stopPicker.signal);
  await pickCoupons(page, picker);
  page.type('今天下单还送小礼品');
  page.send();
  await vi.waitFor(() => expect(outcomesReported()).toEqual([{ phraseUid: 'test/coupons', intent: 'bargaining', outcome: 'edited' }]));

  await pickCoupons(page, picker);
  page.box.value = '';
  page.box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
  await vi.waitFor(() => expect(outcomesReported()).toHaveLength(2));
  expect(outcomesReported()[1]).toEqual({ phraseUid: 'test/coupons', intent: 'bargaining', outcome: 'deleted' });
});
