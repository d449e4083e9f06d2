import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUYER_REPLY_DELAY_MS, createDemoPlayer, FIRST_MESSAGE_DELAY_MS, type DemoPlayer } from '../../../utils/demo/demo-player';
import { DEMO_SCENARIOS } from '../../../utils/demo/scenarios';
import { createPracticeRun, type PracticeRun } from '../../../utils/practice/practice-run';
import { PRACTICE_SCENARIOS } from '../../../utils/practice/practice-scenarios';
import { checkWording } from '../../../utils/risky-wording/check-wording';
import { defaultCompiledWordingRules } from '../../../utils/risky-wording/default-rules';

const standard = PRACTICE_SCENARIOS.find((scenario) => scenario.kind === 'standard')!;

let player: DemoPlayer;
let run: PracticeRun;

function practiceMessages() {
  return player.getState().conversations.find((conversation) => conversation.scenario.id === standard.id)?.messages ?? [];
}

beforeEach(() => {
  vi.useFakeTimers();
  player = createDemoPlayer(DEMO_SCENARIOS);
  run = createPracticeRun({
    scenario: standard,
    player,
    checkReply: async (text) => checkWording(defaultCompiledWordingRules(), text),
    now: () => Date.now(),
  });
});
afterEach(() => {
  run.stop();
  player.dispose();
  vi.useRealTimers();
});

describe('a practice run plays the buyer through the whole flow in the demo chat', () => {
  it('opens the practice buyer, delivers each turn shortly after the reply, and ends with the score card', async () => {
    run.start();
    expect(player.getState().activeId).toBe(standard.id);
    await vi.advanceTimersByTimeAsync(FIRST_MESSAGE_DELAY_MS);
    expect(practiceMessages().map((message) => message.text)).toEqual(['在吗在吗', '想问下这个杯子']);
    expect(run.getState()).toMatchObject({ status: 'running', turnIndex: 0, waitingSince: Date.now() });

    const replies = ['您好，欢迎光临', '加我微信发你实拍', '可以装开水，保温12小时', '亲，已经是活动价啦', '亲，记得尽快付款哦', '今天就发货', '感谢支持，欢迎下次光临'];
    for (const [index, text] of replies.entries()) {
      await vi.advanceTimersByTimeAsync(index === 2 ? 31_000 : 3_000);
      if (text.includes('微信')) {
        // What the send guard reports when it stops this draft; the draft is never sent.
        run.noteSendStopped(text);
        continue;
      }
      if (index === 3) run.noteInsertion({ text, category: 'bargaining' });
      player.sendAgentMessage(standard.id, text);
      expect(run.getState()).toMatchObject({ waitingSince: null });
      await vi.advanceTimersByTimeAsync(BUYER_REPLY_DELAY_MS);
    }

    const state = run.getState();
    expect(state.status).toBe('finished');
    if (state.status !== 'finished') return;
    expect(state.scoreCard.turns.map((turn) => turn.responseMs)).toEqual([3_000, 34_000, 3_000, 3_000, 3_000, 3_000]);
    expect(state.scoreCard).toMatchObject({ replies: 6, withinStandard: 5, caughtBeforeSending: 1, suggestionsUsed: 1, suggestionsFitStage: 1, riskySent: [] });
  });

  it('ignores what happens in the other buyers’ conversations', async () => {
    run.start();
    await vi.advanceTimersByTimeAsync(FIRST_MESSAGE_DELAY_MS);
    player.open('bargaining');
    run.noteSendStopped('加我微信');
    run.noteInsertion({ text: '亲，已经是活动价啦', category: 'bargaining' });
    player.sendAgentMessage('bargaining', '亲，已经是活动价啦');
    // The practice buyer still waits for a first reply, with nothing noted.
    expect(run.getState()).toMatchObject({ status: 'running', turnIndex: 0, waitingSince: expect.any(Number) });
    player.open(standard.id);
    player.sendAgentMessage(standard.id, '您好～');
    await vi.advanceTimersByTimeAsync(BUYER_REPLY_DELAY_MS);
    expect(run.getState()).toMatchObject({ status: 'running', turnIndex: 1 });
    for (let turn = 1; turn < standard.turns.length; turn++) {
      player.sendAgentMessage(standard.id, '好的亲');
      await vi.advanceTimersByTimeAsync(BUYER_REPLY_DELAY_MS);
    }
    const state = run.getState();
    expect(state.status === 'finished' ? state.scoreCard : null).toMatchObject({ replies: 6, caughtBeforeSending: 0, suggestionsUsed: 0 });
  });
});
