// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWordingRulesSource, ruleSetOf, type WordingRulesSource } from '../../../utils/guard/page-risky-wording-rules';
import type { ResendMode } from '../../../utils/guard/resend-mode';
import { startSendGuard, type SendGuard } from '../../../utils/guard/send-guard';
import type { ServedWordingRule, WordingRulesAnswer } from '../../../utils/messaging/protocol';
import { EXTENSION_UI_ATTRIBUTE } from '../../../utils/sites/extension-ui';
import { inputKeyRegistry, KEY_HANDLER_PRIORITY } from '../../../utils/page/input-key-handlers';
import type { WordingRuleInput } from '../../../utils/schemas/risky-wording-rule';
import { defaultWordingRules, defaultCompiledWordingRules } from '../../../utils/risky-wording/default-rules';
import { checkDraftFully } from '../../../utils/risky-wording/check-draft-fully';
import { bundledDraftModels } from '../../../utils/dev-tools/eval/bundled-draft-models';
import type { WordingFinding } from '../../../utils/schemas/risky-wording-finding';

/**
 * A seller chat page in jsdom: a reply box whose model learns the text from `input` events (like
 * v-model), a 发送 button, and the page's own Enter-to-send handler. `sent` lists what the page
 * sent; `newLines` counts Enters the page treated as a line break (Shift+Enter).
 */
interface ChatPage {
  box: HTMLTextAreaElement;
  sendButton: HTMLButtonElement;
  model: { value: string };
  sent: string[];
  pageKeys: string[];
}

function openChatPage(): ChatPage {
  document.body.innerHTML = `
    <main>
      <textarea id="reply" placeholder="请输入回复内容"></textarea>
      <button type="button" id="send">发送</button>
    </main>`;
  const box = document.querySelector<HTMLTextAreaElement>('#reply')!;
  const sendButton = document.querySelector<HTMLButtonElement>('#send')!;
  const page: ChatPage = { box, sendButton, model: { value: '' }, sent: [], pageKeys: [] };
  const send = () => {
    if (!page.model.value.trim()) return;
    page.sent.push(page.model.value);
    page.model.value = '';
    // Like a framework re-render: the box is emptied without an `input` event.
    box.value = '';
  };
  box.addEventListener('input', () => (page.model.value = box.value));
  box.addEventListener('keydown', (event) => {
    page.pageKeys.push(`${event.shiftKey ? 'Shift+' : ''}${event.ctrlKey ? 'Ctrl+' : ''}${event.key}`);
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      send();
    }
  });
  sendButton.addEventListener('click', send);
  return page;
}

/** The agent types: the value changes and the page hears `input`, as from a keyboard. */
function type(page: ChatPage, text: string): void {
  page.box.focus();
  page.box.value = text;
  page.box.setSelectionRange(text.length, text.length);
  page.box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

function press(page: ChatPage, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init });
  page.box.dispatchEvent(event);
  return event;
}

const served = (rules: readonly WordingRuleInput[], packId = 'default-rules'): ServedWordingRule[] =>
  rules.map((rule) => ({ uid: `${packId}/${rule.id}`, rule: rule as ServedWordingRule['rule'] }));

/**
 * The worker's answers, in turn. The guard starts holding the default rules, as a chat page does
 * once the worker answered its first ask (made when the page finds the reply box, before anyone types).
 */
function rulesAnsweredBy(answers: WordingRulesAnswer[]): WordingRulesSource {
  let last: WordingRulesAnswer = { version: 'v1', rules: served(defaultWordingRules()) };
  return createWordingRulesSource(
    async (knownVersion) => {
      last = answers.shift() ?? last;
      return knownVersion === last.version ? { version: last.version, rules: null } : last;
    },
    Date.now,
    undefined,
    () => ruleSetOf(served(defaultWordingRules())),
  );
}

let page: ChatPage;
let guard: SendGuard;
let counted: string[];
let held: string[][];

function startGuard(
  resend: ResendMode = 'click',
  rules: WordingRulesSource = rulesAnsweredBy([]),
  checkFully?: (draft: string) => Promise<WordingFinding[]>,
): SendGuard {
  counted = [];
  held = [];
  guard = startSendGuard({
    doc: document,
    adapter: {
      findInput: (doc) => doc.querySelector<HTMLTextAreaElement>('#reply'),
      findSendButton: (doc) => doc.querySelector<HTMLButtonElement>('#send'),
      readThread: () => null,
    },
    rules,
    recordSentAnyway: async (ruleUid) => counted.push(ruleUid),
    recordDraftHeld: async (ruleUids) => held.push(ruleUids),
    resend,
    ...(checkFully ? { checkFully } : {}),
  });
  return guard;
}

beforeEach(() => {
  vi.useFakeTimers();
  page = openChatPage();
});
afterEach(() => {
  guard?.stop();
  vi.useRealTimers();
});

describe('the send guard stops only a send that breaks a rule', () => {
  it('stops Enter on 加我微信聊: the page never sees the key, the draft stays, the panel shows the finding', () => {
    startGuard();
    type(page, '加我微信聊');

    const enter = press(page, { key: 'Enter' });

    expect(enter.defaultPrevented).toBe(true);
    expect(page.pageKeys).toEqual([]);
    expect(page.sent).toEqual([]);
    expect(page.box.value).toBe('加我微信聊');
    const view = guard.view();
    expect(view.status).toBe('blocked');
    if (view.status !== 'blocked') return;
    expect(view.findings[0]).toMatchObject({ ruleId: 'off-platform-contact', severity: 'block', matchedText: '加我微信' });
  });

  it('stops Enter on a draft with {日期} left unfilled, though no wording rule is broken', () => {
    startGuard();
    type(page, '预计{日期}到仓');

    const enter = press(page, { key: 'Enter' });

    expect(enter.defaultPrevented).toBe(true);
    expect(page.sent).toEqual([]);
    expect(guard.view()).toMatchObject({ status: 'blocked', draft: '预计{日期}到仓', findings: [] });
  });

  it('stops a click on 发送 with the same draft', () => {
    startGuard();
    type(page, '亲，不开发票哦');

    page.sendButton.click();

    expect(page.sent).toEqual([]);
    expect(guard.view()).toMatchObject({ status: 'blocked', findings: [{ category: 'invoice' }] });
  });

  it('tells a listener of each stopped send (practice mode counts them), and of nothing else', () => {
    startGuard();
    const stopped: string[] = [];
    const unsubscribe = guard.onSendStopped(({ draft, findings }) => stopped.push(`${draft}:${findings[0]?.ruleId}`));
    type(page, '加我微信聊');
    press(page, { key: 'Enter' });
    type(page, '好的亲，今天下午就给您发货');
    page.sendButton.click();
    unsubscribe();
    type(page, '加我微信聊');
    press(page, { key: 'Enter' });

    expect(stopped).toEqual(['加我微信聊:off-platform-contact']);
    expect(page.sent).toEqual(['好的亲，今天下午就给您发货']);
  });

  it('lets a clean draft go, Enter and click alike, and shows nothing', () => {
    startGuard();
    type(page, '好的亲，今天下午就给您发货');
    const enter = press(page, { key: 'Enter' });
    type(page, '亲，收到货有问题随时联系我们');
    page.sendButton.click();

    expect(enter.defaultPrevented).toBe(true); // by the page's own handler, which sent it
    expect(page.pageKeys).toEqual(['Enter']);
    expect(page.sent).toEqual(['好的亲，今天下午就给您发货', '亲，收到货有问题随时联系我们']);
    expect(guard.view().status).toBe('hidden');
  });

  it('lets a draft with only a warning go, showing the warning while the agent types', async () => {
    startGuard();
    type(page, '这款是我们店最畅销的款');
    await vi.advanceTimersByTimeAsync(200);
    expect(guard.view()).toMatchObject({ status: 'notice', findings: [{ severity: 'warn', matchedText: '最畅销' }] });

    press(page, { key: 'Enter' });

    expect(page.sent).toEqual(['这款是我们店最畅销的款']);
    // The page emptied the box without an `input` event; the guard looks again and clears up.
    await vi.advanceTimersByTimeAsync(700);
    expect(guard.view().status).toBe('hidden');
  });

  it('does nothing at all while an input method is composing (isComposing, or keyCode 229)', () => {
    startGuard();
    type(page, '加我微信liao');

    const composing = press(page, { key: 'Enter', isComposing: true });
    const picking = press(page, { key: 'Enter', keyCode: 229 });

    expect(composing.defaultPrevented).toBe(false);
    expect(picking.defaultPrevented).toBe(false);
    expect(page.pageKeys).toEqual(['Enter', 'Enter']);
    expect(guard.view().status).not.toBe('blocked');
  });

  it('never swallows the page’s own shortcuts: Shift+Enter and Ctrl+Enter reach the page', () => {
    startGuard();
    type(page, '加我微信聊');

    const newLine = press(page, { key: 'Enter', shiftKey: true });
    const ctrlEnter = press(page, { key: 'Enter', ctrlKey: true });
    press(page, { key: 'a' });

    expect(newLine.defaultPrevented).toBe(false);
    expect(page.pageKeys).toEqual(['Shift+Enter', 'Ctrl+Enter', 'a']);
    expect(guard.view().status).not.toBe('blocked');
  });

  it('ignores Enter outside the reply box, and in our own panel', () => {
    startGuard();
    type(page, '加我微信聊');
    const search = document.createElement('input');
    document.body.append(search);
    const panel = document.createElement('div');
    panel.setAttribute(EXTENSION_UI_ATTRIBUTE, '');
    const panelButton = document.createElement('button');
    panel.append(panelButton);
    document.body.append(panel);

    for (const target of [search, panelButton]) {
      const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
      target.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(false);
    }
    expect(guard.view().status).not.toBe('blocked');
  });

  it('gives a shortcut picker registered ahead of it the Enter first', () => {
    startGuard();
    type(page, '加我微信聊');
    const picked: string[] = [];
    const unregister = inputKeyRegistry(window).register({
      name: 'shortcut-picker',
      priority: KEY_HANDLER_PRIORITY.shortcutPicker,
      onKeyDown: (event) => {
        if (event.key !== 'Enter') return 'pass';
        picked.push('phrase');
        return 'claim';
      },
    });

    press(page, { key: 'Enter' });
    unregister();

    expect(picked).toEqual(['phrase']);
    expect(guard.view().status).not.toBe('blocked');
    expect(page.pageKeys).toEqual([]);
  });

  it('stops nothing once stopped itself', () => {
    startGuard();
    guard.stop();
    type(page, '加我微信聊');
    press(page, { key: 'Enter' });
    expect(page.sent).toEqual(['加我微信聊']);
  });
});

describe('the agent decides in the panel', () => {
  it('替换 puts the safe wording in place of the clause, where the page’s model sees it, and the send then goes', async () => {
    startGuard();
    type(page, '亲，加我微信聊');
    press(page, { key: 'Enter' });
    const view = guard.view();
    if (view.status !== 'blocked') throw new Error('expected a stopped send');

    expect(await guard.replace(view.findings[0]!)).toBe(true);

    const fixed = '亲，有什么问题直接在这里跟我说就好，我们全程在平台内为您处理。';
    expect(page.box.value).toBe(fixed);
    expect(page.model.value).toBe(fixed);
    expect(guard.view().status).toBe('hidden');
    expect(document.activeElement).toBe(page.box);
    press(page, { key: 'Enter' });
    expect(page.sent).toEqual([fixed]);
  });

  it('替换 does nothing to a draft the agent changed since the panel was drawn', async () => {
    startGuard();
    type(page, '加我微信聊');
    press(page, { key: 'Enter' });
    const view = guard.view();
    if (view.status !== 'blocked') throw new Error('expected a stopped send');
    type(page, '好的亲');

    expect(await guard.replace(view.findings[0]!)).toBe(false);
    expect(page.box.value).toBe('好的亲');
  });

  it('counts a stopped draft once per rule for the lead, however often send is pressed on it', () => {
    startGuard();
    type(page, '加我微信聊');
    press(page, { key: 'Enter' });
    press(page, { key: 'Enter' });
    page.sendButton.click();

    expect(held).toEqual([['default-rules/off-platform-contact']]);
    type(page, '加我微信聊吧');
    press(page, { key: 'Enter' });
    expect(held).toHaveLength(2);
    expect(counted).toEqual([]);
  });

  it('仍然发送 counts the rule once and sends through the page’s own button', async () => {
    startGuard('click');
    type(page, '加我微信聊');
    press(page, { key: 'Enter' });

    const sending = guard.sendAnyway();
    await vi.advanceTimersByTimeAsync(1000);
    await sending;

    expect(counted).toEqual(['default-rules/off-platform-contact']);
    expect(page.sent).toEqual(['加我微信聊']);
    expect(guard.view().status).toBe('hidden');
  });

  it('仍然发送 on a page that ignores synthetic sends asks the agent to press 发送, and lets that send through', async () => {
    startGuard('by-hand');
    type(page, '加我微信聊');
    page.sendButton.click();

    await guard.sendAnyway();

    expect(page.sent).toEqual([]);
    expect(guard.view()).toMatchObject({ status: 'resend', why: 'site-ignores-click' });
    expect(counted).toEqual(['default-rules/off-platform-contact']);
    press(page, { key: 'Enter' });
    expect(page.sent).toEqual(['加我微信聊']);
  });

  it('仍然发送 says so when the page did not take the click, and the pass covers only that draft', async () => {
    startGuard('click');
    // A page that checks `isTrusted`: our click does nothing (the clone has no click listener).
    const ignoring = page.sendButton.cloneNode(true) as HTMLButtonElement;
    page.sendButton.replaceWith(ignoring);
    type(page, '加我微信聊');
    press(page, { key: 'Enter' });

    const sending = guard.sendAnyway();
    await vi.advanceTimersByTimeAsync(1000);
    await sending;

    expect(guard.view()).toMatchObject({ status: 'resend', why: 'not-confirmed' });
    type(page, '加我微信聊吧');
    await vi.advanceTimersByTimeAsync(200);
    press(page, { key: 'Enter' });
    expect(guard.view().status).toBe('blocked');
  });

  it('取消 hides the panel, gives the reply box its focus back and keeps the draft; the next Enter is stopped again', () => {
    startGuard();
    type(page, '加我微信聊');
    press(page, { key: 'Enter' });
    page.box.blur();

    guard.cancel();

    expect(guard.view().status).toBe('hidden');
    expect(document.activeElement).toBe(page.box);
    expect(page.box.value).toBe('加我微信聊');
    press(page, { key: 'Enter' });
    expect(guard.view().status).toBe('blocked');
    expect(page.sent).toEqual([]);
  });
});

describe('the rules follow the library', () => {
  it('checks with the rules it holds until the background answers again, then with the library’s', async () => {
    const flagged: WordingRuleInput = {
      id: 'flag-0000abcd',
      category: 'off-platform',
      severity: 'warn',
      terms: ['老地方见'],
      reason: { 'zh-CN': '暗示线下交易', en: 'hints at meeting offline' },
      alternative: { 'zh-CN': '请换一种说法。', en: 'Please rephrase.' },
    };
    startGuard('click', rulesAnsweredBy([{ version: 'v2', rules: [...served(defaultWordingRules()), ...served([flagged], 'local')] }]));
    type(page, '加我微信聊');
    press(page, { key: 'Enter' });
    expect(guard.view().status).toBe('blocked');

    await vi.advanceTimersByTimeAsync(0);
    type(page, '明天老地方见');
    await vi.advanceTimersByTimeAsync(200);

    expect(guard.view()).toMatchObject({ status: 'notice', findings: [{ ruleId: 'flag-0000abcd', severity: 'warn' }] });
  });

  it('lets every send through when the check itself fails: our bug is never the agent’s problem', () => {
    const broken: WordingRulesSource = {
      current: () => {
        throw new Error('rules unreadable');
      },
      refresh: async () => false,
      subscribe: () => () => undefined,
    };
    startGuard('click', broken);
    type(page, '加我微信聊');
    press(page, { key: 'Enter' });
    expect(page.sent).toEqual(['加我微信聊']);
  });
});

describe("the worker's full check: traditional script and tone, kept for the exact draft it judged", () => {
  /** The worker's answer, a moment after the ask, as over the messenger. */
  const worker = (draft: string): Promise<WordingFinding[]> => Promise.resolve(checkDraftFully(defaultCompiledWordingRules(), draft, undefined, bundledDraftModels()));

  it('stops Enter on a draft in traditional characters once the worker has judged it, pointing at what the agent typed', async () => {
    startGuard('click', rulesAnsweredBy([]), worker);
    type(page, '親，發票這邊開不了喔，請見諒');
    await vi.advanceTimersByTimeAsync(200);

    const enter = press(page, { key: 'Enter' });

    expect(enter.defaultPrevented).toBe(true);
    expect(page.sent).toEqual([]);
    const view = guard.view();
    expect(view.status).toBe('blocked');
    if (view.status !== 'blocked') return;
    expect(view.findings[0]).toMatchObject({ category: 'invoice', severity: 'block', matchedText: '發票這邊開不了' });
  });

  it("does not apply one draft's verdict to another: a draft changed since the worker answered gets the page's check", async () => {
    startGuard('click', rulesAnsweredBy([]), worker);
    type(page, '親，發票這邊開不了喔');
    await vi.advanceTimersByTimeAsync(200);
    type(page, '親，發票可以開的，請在訂單頁申請');

    press(page, { key: 'Enter' });

    expect(page.sent).toEqual(['親，發票可以開的，請在訂單頁申請']);
  });

  it('keeps the page check when the worker does not answer (a restarting worker costs no protection)', async () => {
    startGuard('click', rulesAnsweredBy([]), () => Promise.reject(new Error('worker restarting')));
    type(page, '加我微信聊');
    await vi.advanceTimersByTimeAsync(200);

    press(page, { key: 'Enter' });

    expect(page.sent).toEqual([]);
    expect(guard.view()).toMatchObject({ status: 'blocked', findings: [{ ruleId: 'off-platform-contact' }] });
  });
});
