// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PracticePicker } from '../../../components/practice/PracticePicker';
import { I18nProvider } from '../../../components/i18n/i18n-provider';
import { PRACTICE_SCENARIOS } from '../../../utils/practice/practice-scenarios';
import type { PracticeResult } from '../../../utils/schemas/practice-result';

afterEach(cleanup);

const lastStandard: PracticeResult = {
  scenarioId: 'practice-standard',
  finishedAt: 1,
  points: 85,
  grade: 'good',
  turns: 6,
  withinStandard: 5,
  caughtBeforeSending: 1,
  riskySent: 0,
  suggestionsUsed: 4,
  replies: 6,
};

describe('选择练习场景', () => {
  it('shows how the last try of a scenario went, and nothing for one never tried', () => {
    render(
      <I18nProvider>
        <PracticePicker scenarios={PRACTICE_SCENARIOS} lastResults={new Map([[lastStandard.scenarioId, lastStandard]])} onStart={vi.fn()} onClose={vi.fn()} />
      </I18nProvider>,
    );
    const [standard, afterSales] = screen.getAllByTestId('practice-scenario');
    expect(within(standard!).getByTestId('practice-last-result').textContent).toBe('上次：良好 · 85 分 · 5/6 轮在 30 秒内');
    expect(within(afterSales!).queryByTestId('practice-last-result')).toBeNull();
  });
});

describe('practising against a client’s reply window', () => {
  it('offers the 30-second standard first and each client’s window, and starts the run against the one chosen', () => {
    const onStart = vi.fn();
    render(
      <I18nProvider>
        <PracticePicker
          scenarios={PRACTICE_SCENARIOS}
          lastResults={new Map([[lastStandard.scenarioId, { ...lastStandard, windowSeconds: 180 }]])}
          windows={[
            { id: 'standard', seconds: 30 },
            { id: 'pinduoduo', seconds: 180 },
            { id: 'jd-dongdong', seconds: 30 },
          ]}
          onStart={onStart}
          onClose={vi.fn()}
        />
      </I18nProvider>,
    );
    const select = screen.getByRole('combobox', { name: '按哪个回复时限练习' });
    expect([...select.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['练习标准（30 秒）', '拼多多商家客服（180 秒）', '京东咚咚（30 秒）']);
    // A last try judged against another window says which.
    expect(screen.getAllByTestId('practice-last-result')[0]?.textContent).toBe('上次：良好 · 85 分 · 5/6 轮在 180 秒内');
    fireEvent.change(select, { target: { value: 'pinduoduo' } });
    fireEvent.click(screen.getAllByTestId('practice-scenario')[0]!);
    expect(onStart).toHaveBeenCalledWith(PRACTICE_SCENARIOS[0], 180);
  });
});
