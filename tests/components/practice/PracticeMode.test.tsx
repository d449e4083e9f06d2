// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DemoChatApp, type DemoPracticeSetup } from '../../../components/demo/DemoChatApp';
import { BUYER_REPLY_DELAY_MS, createDemoPlayer, FIRST_MESSAGE_DELAY_MS, type DemoPlayer } from '../../../utils/demo/demo-player';
import { DEMO_SCENARIOS } from '../../../utils/demo/scenarios';
import { PRACTICE_SCENARIOS } from '../../../utils/practice/practice-scenarios';
import { checkWording } from '../../../utils/risky-wording/check-wording';
import { defaultCompiledWordingRules } from '../../../utils/risky-wording/default-rules';
import { acceptingPage, quietLibrary, startGuardWithShippedRules } from '../demo/demo-page-stubs';

/**
 * Practice mode inside the demo page, with the page's real send guard and player on a fake
 * clock: the timer turns to a warning after 30 s, and the score card counts what happened.
 */
const afterSales = PRACTICE_SCENARIOS.find((scenario) => scenario.kind === 'after-sales')!;

let player: DemoPlayer;
const practice: DemoPracticeSetup = {
  scenarios: PRACTICE_SCENARIOS,
  checkReply: async (text) => checkWording(defaultCompiledWordingRules(), text),
};

const input = () => document.querySelector<HTMLTextAreaElement>('textarea#demo-reply-input')!;

async function wait(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

function send(text: string) {
  fireEvent.change(input(), { target: { value: text } });
  act(() => {
    fireEvent.keyDown(input(), { key: 'Enter' });
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  player = createDemoPlayer(DEMO_SCENARIOS);
  render(<DemoChatApp player={player} library={quietLibrary} connectPage={acceptingPage} startSendGuard={startGuardWithShippedRules} practice={practice} />);
});
afterEach(() => {
  cleanup();
  player.dispose();
  vi.useRealTimers();
});

describe('练习模式 on the demo page', () => {
  it('is offered in the top bar and picks a scenario in a dialog; Esc gives the focus back to the button', () => {
    const entry = screen.getByRole('button', { name: '练习模式' });
    fireEvent.click(entry);
    const picker = screen.getByRole('dialog', { name: '选择练习场景' });
    const options = within(picker).getAllByTestId('practice-scenario');
    expect(options.map((option) => option.dataset.practiceId)).toEqual(PRACTICE_SCENARIOS.map((scenario) => scenario.id));
    expect(options[0]?.textContent).toContain('问候 → 咨询 → 议价 → 催付 → 核对地址 → 告别');
    expect(document.activeElement).toBe(options[0]);

    fireEvent.keyDown(picker, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(entry);
  });

  it('plays the buyer in the same chat pane, times each turn with a warning past 30 s, and ends with the score card', async () => {
    fireEvent.click(screen.getByRole('button', { name: '练习模式' }));
    fireEvent.click(screen.getAllByTestId('practice-scenario').find((option) => option.dataset.practiceId === afterSales.id)!);
    expect(document.querySelector('.conv-item--active')?.getAttribute('data-conv-id')).toBe(afterSales.id);
    await wait(0);
    expect(document.activeElement).toBe(input());
    await wait(FIRST_MESSAGE_DELAY_MS);

    expect(screen.getByTestId('practice-turn').textContent).toBe('第 1/5 轮 · 售后');
    expect(screen.getByTestId('practice-timer').textContent).toBe('已等待 0 秒');
    expect(screen.queryByTestId('practice-wait-level')).toBeNull();
    // The waiting queue's clock: amber at half the 30-second window, red at 80 %, in its words.
    await wait(15_000);
    expect(screen.getByTestId('practice-timer').dataset.level).toBe('amber');
    expect(screen.getByTestId('practice-wait-level').textContent).toBe('已过半');
    await wait(9_000);
    expect(screen.getByTestId('practice-wait-level').textContent).toBe('快超时');
    await wait(6_000);
    expect(screen.getByTestId('practice-timer').dataset.late).toBe('false');
    await wait(1_000);
    expect(screen.getByTestId('practice-timer').dataset.late).toBe('true');
    expect(screen.getByTestId('practice-timer').textContent).toBe('已等待 31 秒，超过 30 秒标准');

    // The send guard stops the risky draft; it counts as caught, and nothing is sent.
    send('加我微信，我发你新盖子的链接');
    expect(screen.getByTestId('send-guard').dataset.status).toBe('blocked');
    send('您好，非常抱歉给您添麻烦了，我马上帮您登记');
    expect(screen.queryByTestId('practice-timer')).toBeNull();

    for (const reply of ['照片收到了，确实是运输压坏的', '可以单独补发一个盖子', '运费我们来承担，您放心']) {
      await wait(BUYER_REPLY_DELAY_MS + 2_000);
      send(reply);
    }
    await wait(BUYER_REPLY_DELAY_MS + 2_000);
    send('辛苦您了，有问题随时找我，祝您生活愉快');
    await wait(0);

    const card = screen.getByRole('dialog', { name: '练习评分：售后' });
    expect(within(card).getByTestId('practice-within-standard').textContent).toBe('4/5 轮在 30 秒内');
    expect(within(card).getAllByTestId('practice-turn-time').map((row) => row.dataset.responseMs)).toEqual(['31000', '2000', '2000', '2000', '2000']);
    expect(within(card).getByTestId('practice-replies').dataset.count).toBe('5');
    expect(within(card).getByTestId('practice-caught').dataset.count).toBe('1');
    expect(within(card).getByTestId('practice-risky-sent').dataset.count).toBe('0');
    expect(within(card).getByTestId('practice-suggestions').dataset.used).toBe('0');
    expect(screen.queryByTestId('practice-bar')).toBeNull();

    fireEvent.click(within(card).getByTestId('practice-again'));
    expect(screen.queryByRole('dialog')).toBeNull();
    await wait(FIRST_MESSAGE_DELAY_MS);
    expect(screen.getByTestId('practice-turn').textContent).toBe('第 1/5 轮 · 售后');
  });
});
