// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PracticeScoreCard } from '../../../components/practice/PracticeScoreCard';
import { I18nProvider } from '../../../components/i18n/i18n-provider';
import { PRACTICE_SCENARIOS } from '../../../utils/practice/practice-scenarios';
import type { PracticeScoreCard as ScoreCard } from '../../../utils/practice/practice-score';
import { saveSettings } from '../../../utils/settings/settings-store';
import { defaultWordingRules } from '../../../utils/risky-wording/default-rules';

const standard = PRACTICE_SCENARIOS.find((scenario) => scenario.kind === 'standard')!;
const offPlatform = defaultWordingRules().find((rule) => rule.id === 'off-platform-contact')!;

const CARD: ScoreCard = {
  scenarioId: standard.id,
  turns: [
    { stage: 'greeting', responseMs: 2_400, withinStandard: true },
    { stage: 'consulting', responseMs: 31_000, withinStandard: false },
    { stage: 'bargaining', responseMs: 3_000, withinStandard: true },
    { stage: 'urging-payment', responseMs: 1_800, withinStandard: true },
    { stage: 'address-check', responseMs: 2_000, withinStandard: true },
    { stage: 'farewell', responseMs: null, withinStandard: false },
  ],
  medianResponseMs: 2_400,
  slowestResponseMs: 31_000,
  withinStandard: 4,
  replies: 5,
  caughtBeforeSending: 1,
  riskySent: [{ reply: '加我微信聊', matchedText: '加我微信', severity: 'block', reason: offPlatform.reason }],
  suggestionsUsed: 4,
  suggestionsUnchanged: 3,
  suggestionsFitStage: 3,
  points: 50,
  grade: 'practice-more',
  tips: [{ kind: 'risky-sent', count: 1 }, { kind: 'slow-first-response', count: 2 }, { kind: 'missing-farewell' }],
};

function renderCard() {
  const onAgain = vi.fn();
  const onClose = vi.fn();
  render(
    <I18nProvider>
      <PracticeScoreCard scenario={standard} card={CARD} onAgain={onAgain} onClose={onClose} />
    </I18nProvider>,
  );
  return { onAgain, onClose, card: screen.getByTestId('practice-score-card') };
}

afterEach(async () => {
  cleanup();
  await saveSettings({ language: 'zh-CN' });
});

describe('the practice score card', () => {
  it('is a dialog with a heading, and says how the agent did in numbers', () => {
    const { card } = renderCard();
    expect(screen.getByRole('dialog', { name: '练习评分：标准流程' })).toBe(card);
    expect(within(card).getByTestId('practice-grade').textContent).toBe('需加强 · 50 分');
    expect(within(card).getByTestId('practice-within-standard').textContent).toBe('4/6 轮在 30 秒内');
    expect(card.textContent).toContain('中位数 2.4 秒 · 最慢 31.0 秒');
    const rows = within(card).getAllByTestId('practice-turn-time').map((row) => row.textContent);
    // Each time with its level on the waiting queue's clock, in the queue's words.
    expect(rows).toEqual(['1问候2.4 秒时限内', '2咨询31.0 秒已超时', '3议价3.0 秒时限内', '4催付1.8 秒时限内', '5核对地址2.0 秒时限内', '6告别未回复已超时']);
    expect(within(card).getAllByTestId('practice-turn-time').map((row) => row.dataset.level)).toEqual(['ok', 'over', 'ok', 'ok', 'ok', 'over']);
    expect(within(card).getByTestId('practice-replies').textContent).toBe('共回复 5 条');
    expect(within(card).getByTestId('practice-caught').textContent).toBe('发送前拦下的风险用语：1 次');
    expect(within(card).getByTestId('practice-risky-sent').textContent).toBe('发出去的风险用语：1 处');
    expect(card.textContent).toContain(`“加我微信”：${offPlatform.reason['zh-CN']}`);
    expect(within(card).getByTestId('practice-suggestions').textContent).toBe('4/5 条回复用了话术（原样发送 3 条），3 条符合当前阶段');
  });

  it('gives the tips drawn from the training material, most costly first', () => {
    const { card } = renderCard();
    const tips = within(card).getAllByRole('listitem').filter((item) => item.dataset.tip);
    expect(tips.map((tip) => tip.dataset.tip)).toEqual(['risky-sent', 'slow-first-response', 'missing-farewell']);
    expect(tips[1]?.textContent).toContain('有 2 轮首次回复超过 30 秒');
  });

  it('takes the focus on 再练一次, keeps Tab inside, and closes on Esc or 关闭', () => {
    const { card, onAgain, onClose } = renderCard();
    const again = within(card).getByTestId('practice-again');
    const close = within(card).getByTestId('practice-close');
    expect(document.activeElement).toBe(again);
    close.focus();
    fireEvent.keyDown(close, { key: 'Tab' });
    expect(document.activeElement).toBe(again);

    fireEvent.keyDown(again, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(card, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(close);
    expect(onClose).toHaveBeenCalledTimes(2);
    fireEvent.click(again);
    expect(onAgain).toHaveBeenCalledTimes(1);
  });

  it('reads in English too, reasons included', async () => {
    await saveSettings({ language: 'en' });
    const { card } = renderCard();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByRole('dialog', { name: 'Practice score: Standard flow' })).toBe(card);
    expect(within(card).getByTestId('practice-within-standard').textContent).toBe('4/6 turns within 30 s');
    expect(card.textContent).toContain(`"加我微信": ${offPlatform.reason.en}`);
    expect(within(card).getByTestId('practice-again').textContent).toBe('Practise again');
  });
});
