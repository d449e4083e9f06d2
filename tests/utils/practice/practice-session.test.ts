import { describe, expect, it } from 'vitest';
import { createPracticeSession } from '../../../utils/practice/practice-session';
import { FIRST_RESPONSE_STANDARD_MS } from '../../../utils/practice/practice-score';
import { PRACTICE_SCENARIOS } from '../../../utils/practice/practice-scenarios';
import type { PracticeScenario } from '../../../utils/practice/practice-scenario-schema';
import { checkWording } from '../../../utils/risky-wording/check-wording';
import { defaultCompiledWordingRules } from '../../../utils/risky-wording/default-rules';

function scenario(kind: PracticeScenario['kind']): PracticeScenario {
  const found = PRACTICE_SCENARIOS.find((candidate) => candidate.kind === kind);
  if (!found) throw new Error(kind);
  return found;
}

/** A clock the test moves by hand. */
function fakeClock() {
  let time = 1_000_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

/** Records a reply and checks it at once with the shipped rules, as the send guard would. */
function send(session: ReturnType<typeof createPracticeSession>, text: string) {
  session.replyChecked(session.replySent(text), checkWording(defaultCompiledWordingRules(), text));
}

describe('a practice session times every first reply against the 30-second standard', () => {
  it('measures from each buyer turn to the first reply; 30 s exactly is in time, a millisecond more is not', () => {
    const clock = fakeClock();
    const standard = scenario('standard');
    const session = createPracticeSession(standard, clock.now);
    const waits = [4_000, FIRST_RESPONSE_STANDARD_MS, FIRST_RESPONSE_STANDARD_MS + 1, 12_000, 8_000, 2_000];
    const replies = ['您好，欢迎光临～', '可以装开水的，保温 12 小时', '亲，已经是活动价了', '亲，记得尽快付款哦', '好的，今天就安排发货', '感谢您的支持，欢迎下次光临'];
    standard.turns.forEach((_, index) => {
      session.turnArrived(index);
      expect(session.progress()).toMatchObject({ turnIndex: index, waitingSince: clock.now(), finished: false });
      clock.advance(waits[index] ?? 0);
      send(session, replies[index] ?? '');
      expect(session.progress().waitingSince).toBeNull();
      clock.advance(800);
    });

    const card = session.scoreCard();
    expect(card?.turns.map((turn) => turn.responseMs)).toEqual(waits);
    expect(card?.turns.map((turn) => turn.withinStandard)).toEqual([true, true, false, true, true, true]);
    expect(card).toMatchObject({ withinStandard: 5, replies: 6, medianResponseMs: 10_000, slowestResponseMs: 30_001 });
    expect(card?.tips[0]).toEqual({ kind: 'slow-first-response', count: 1 });
    expect(card?.grade).toBe('excellent');
  });

  it('counts only the first reply of a turn for its time, and a turn left unanswered as slow', () => {
    const clock = fakeClock();
    const session = createPracticeSession(scenario('after-sales'), clock.now);
    session.turnArrived(0);
    clock.advance(5_000);
    send(session, '亲，非常抱歉给您添麻烦了');
    clock.advance(40_000);
    send(session, '麻烦拍张照片给我看看');
    session.turnArrived(1);
    session.turnArrived(2); // 下一句 brought turn 2 before turn 1 was answered
    clock.advance(3_000);
    send(session, '可以补发一个盖子的');
    session.turnArrived(3);
    send(session, '运费我们来出');
    session.turnArrived(4);
    expect(session.scoreCard()).toBeNull();
    send(session, '辛苦您了，祝您生活愉快');

    const card = session.scoreCard();
    expect(card?.turns.map((turn) => turn.responseMs)).toEqual([5_000, null, 3_000, 0, 0]);
    expect(card?.withinStandard).toBe(4);
    expect(card?.replies).toBe(5);
  });
});

describe('it tells suggested phrases from the agent’s own words, and whether they fit the stage', () => {
  it('counts a phrase sent unchanged or edited as used, checks its category against the turn, and forgets it after one reply', () => {
    const clock = fakeClock();
    const session = createPracticeSession(scenario('standard'), clock.now);
    session.turnArrived(0);
    session.noteInsertion({ text: '您好，欢迎光临本店，有什么可以帮您？', category: 'greeting' });
    send(session, '您好，欢迎光临本店，有什么可以帮您？');
    session.turnArrived(1);
    session.noteInsertion({ text: '亲，这款支持七天无理由退换哦', category: 'after-sales' });
    send(session, '亲，这款支持七天无理由退换哦，放心买');
    session.turnArrived(2);
    send(session, '已经是最低价啦');
    session.turnArrived(3);
    session.noteInsertion({ text: '亲，库存不多了，早点付款早点发货哦', category: 'urging-payment' });
    send(session, '好的'); // the phrase was thrown away and the agent wrote their own
    session.turnArrived(4);
    send(session, '今天下午发货');
    session.turnArrived(5);
    send(session, '感谢支持，欢迎下次再来');

    const card = session.scoreCard();
    expect(card).toMatchObject({ replies: 6, suggestionsUsed: 2, suggestionsUnchanged: 1, suggestionsFitStage: 1 });
    expect(card?.tips).toContainEqual({ kind: 'off-stage-phrases', count: 1 });
  });
});

describe('it counts risky wording: caught by the send guard, or sent', () => {
  it('counts each risky draft the guard stopped once, however often Enter was pressed', () => {
    const clock = fakeClock();
    const session = createPracticeSession(scenario('complaint'), clock.now);
    session.turnArrived(0);
    session.noteSendStopped('加我微信，我帮你催');
    session.noteSendStopped('加我微信，我帮你催');
    send(session, '非常抱歉让您久等了，我马上帮您催仓库');
    for (const [index, text] of ['真的很抱歉，今天一定发出', '今天下午就发', '单号出来第一时间发您'].entries()) {
      session.turnArrived(index + 1);
      send(session, text);
    }
    session.turnArrived(4);
    session.noteSendStopped('不满意你去投诉吧');
    send(session, '再次抱歉，有问题随时找我');

    const card = session.scoreCard();
    expect(card?.caughtBeforeSending).toBe(2);
    expect(card?.riskySent).toEqual([]);
    expect(card?.tips).toEqual([{ kind: 'caught-before-sending', count: 2 }]);
  });

  it('lists wording that went out with the rule’s reason, takes points off and says so first', () => {
    const clock = fakeClock();
    const session = createPracticeSession(scenario('complaint'), clock.now);
    session.turnArrived(0);
    send(session, '催什么催，加我微信说');
    for (let index = 1; index < 5; index++) {
      session.turnArrived(index);
      send(session, '好的');
    }

    const card = session.scoreCard();
    const offPlatform = card?.riskySent.find((risky) => risky.matchedText === '加我微信');
    expect(offPlatform).toMatchObject({ reply: '催什么催，加我微信说', severity: 'block' });
    expect(offPlatform?.reason['zh-CN']).toMatch(/微信|站外|平台/);
    expect(card?.tips.map((tip) => tip.kind)).toEqual(['risky-sent', 'apology-first', 'missing-farewell']);
    expect(card?.grade).toBe('practice-more');
  });

  it('waits for the wording check of every reply before scoring', () => {
    const clock = fakeClock();
    const session = createPracticeSession(scenario('after-sales'), clock.now);
    const ids: number[] = [];
    for (let index = 0; index < 5; index++) {
      session.turnArrived(index);
      ids.push(session.replySent('您好，非常抱歉，祝您生活愉快'));
    }
    expect(session.progress().finished).toBe(true);
    expect(session.scoreCard()).toBeNull();
    ids.forEach((id) => session.replyChecked(id, []));
    expect(session.scoreCard()?.tips).toEqual([{ kind: 'keep-it-up' }]);
  });
});

describe('a practice judged against a client’s reply window', () => {
  it('counts a reply within that window as in time, and keeps the window on the card and the stored result', async () => {
    const { practiceWaitLabel } = await import('../../../utils/practice/practice-score');
    const { practiceResultOf } = await import('../../../utils/settings/practice-history-store');
    const clock = fakeClock();
    const standard = scenario('standard');
    // 拼多多's 3 minutes: 40 s is in time there, though not against the 30-second standard.
    const session = createPracticeSession(standard, clock.now, 180_000);
    standard.turns.forEach((_, index) => {
      session.turnArrived(index);
      clock.advance(index === 1 ? 40_000 : index === 2 ? 181_000 : 5_000);
      send(session, index === 0 ? '您好，欢迎光临～' : index === standard.turns.length - 1 ? '感谢您的支持，欢迎下次光临' : '好的，马上帮您处理');
      clock.advance(800);
    });
    const card = session.scoreCard();
    expect(card?.windowMs).toBe(180_000);
    expect(card?.turns.map((turn) => turn.withinStandard)).toEqual(standard.turns.map((_, index) => index !== 2));
    expect(card?.turns.map((turn) => practiceWaitLabel(turn.responseMs, 180_000)).slice(0, 3)).toEqual(['ok', 'ok', 'over']);
    expect(card ? practiceResultOf(card, 1).windowSeconds : null).toBe(180);
  });
});
