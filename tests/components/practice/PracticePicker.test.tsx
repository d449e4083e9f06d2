// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
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
