// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WordingCheck } from '../../../components/risky-wording-check/WordingCheck';
import type { WordingCheckServices } from '../../../components/risky-wording-check/wording-check-services';
import type { FlaggedWording } from '../../../utils/messaging/protocol';
import type { WordingRuleInput } from '../../../utils/schemas/risky-wording-rule';
import { checkWording } from '../../../utils/risky-wording/check-wording';
import { defaultWordingRules } from '../../../utils/risky-wording/default-rules';

/** A stand-in for the chat page and the background: a draft in the reply box, the rules, the flags. */
function fakeServices(draft: { hasInput: boolean; text: string }) {
  const flags: FlaggedWording[] = [];
  const rules: WordingRuleInput[] = [...defaultWordingRules()];
  const services: WordingCheckServices = {
    readDraft: vi.fn(async () => draft),
    checkDraft: vi.fn(async (text: string) => checkWording([...rules], text)),
    flagWording: vi.fn(async ({ term, reason, category }) => {
      if (term === '！！') throw new Error('规则 local/flag 词条 "！！" 只有空格或符号，规范化后为空；请写出文字，例如 "加微信"');
      const flag: FlaggedWording = { uid: `local/flag-${flags.length}`, term, reason, category, status: 'pending-review', createdAt: 1 };
      flags.push(flag);
      rules.push({
        id: `flag-${flags.length}`,
        category,
        severity: 'warn',
        terms: [term],
        reason: { 'zh-CN': reason, en: reason },
        alternative: { 'zh-CN': '请换一种说法。', en: 'Please rephrase.' },
      });
      return flag;
    }),
    listFlags: vi.fn(async () => [...flags]),
  };
  return services;
}

async function openCheck(services: WordingCheckServices) {
  render(<WordingCheck tabId={7} thread={null} services={services} />);
  await act(async () => {
    fireEvent.click(screen.getByTestId('open-wording-check'));
  });
  return screen.getByTestId('wording-check');
}

let services: WordingCheckServices;
beforeEach(() => {
  services = fakeServices({ hasInput: true, text: '明天老地方见，加我微信聊' });
});
afterEach(cleanup);

describe('检查话术 in the popup', () => {
  it('reads nothing until the agent opens it', () => {
    render(<WordingCheck tabId={7} thread={null} services={services} />);
    expect(services.readDraft).not.toHaveBeenCalled();
    expect(screen.getByTestId('open-wording-check').getAttribute('aria-expanded')).toBe('false');
  });

  it('shows the draft from the chat with the risky words marked, each explained', async () => {
    const check = await openCheck(services);
    expect(services.readDraft).toHaveBeenCalledWith(7);
    expect(within(check).getByTestId('wording-check-state').dataset.state).toBe('findings');
    expect(within(check).getByTestId('highlighted-draft').textContent).toBe('明天老地方见，加我微信聊');
    expect(check.querySelector('mark[data-severity="block"]')?.textContent).toBe('加我微信');
    const finding = within(check).getByTestId('wording-finding');
    expect(finding.textContent).toContain('站外引流');
    expect(finding.textContent).toContain('有什么问题直接在这里跟我说就好');
  });

  it('says so when the draft is clean, empty, or there is no reply box', async () => {
    for (const [draft, state] of [
      [{ hasInput: true, text: '好的亲' }, 'clean'],
      [{ hasInput: true, text: '  ' }, 'empty'],
      [{ hasInput: false, text: '' }, 'no-input'],
    ] as const) {
      const check = await openCheck(fakeServices(draft));
      expect(within(check).getByTestId('wording-check-state').dataset.state).toBe(state);
      cleanup();
    }
  });
});

describe('标记违规 in the popup', () => {
  it('flags typed wording with a reason and category: 待审核, listed, and a warning in the draft at once', async () => {
    const check = await openCheck(services);
    fireEvent.change(within(check).getByTestId('flag-term'), { target: { value: '老地方见' } });
    fireEvent.change(within(check).getByTestId('flag-reason'), { target: { value: '暗示线下交易' } });
    fireEvent.change(within(check).getByTestId('flag-category'), { target: { value: 'off-platform' } });
    await act(async () => {
      fireEvent.click(within(check).getByTestId('flag-submit'));
    });

    expect(services.flagWording).toHaveBeenCalledWith({ term: '老地方见', reason: '暗示线下交易', category: 'off-platform' });
    expect(within(check).getByTestId('flag-status').textContent).toBe('已标记“老地方见”，待主管审核');
    const item = within(check).getByTestId('flag-item');
    expect(item.dataset.status).toBe('pending-review');
    expect(item.textContent).toContain('待审核');
    expect(check.querySelector('mark[data-severity="warn"]')?.textContent).toBe('老地方见');
    expect((within(check).getByTestId('flag-term') as HTMLInputElement).value).toBe('');
  });

  it('takes the term from words the agent selects in the draft', async () => {
    const check = await openCheck(services);
    const draftText = within(check).getByTestId('highlighted-draft').firstChild!;
    const range = document.createRange();
    range.setStart(draftText.firstChild!, 2);
    range.setEnd(draftText.firstChild!, 6);
    await act(async () => {
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    expect((within(check).getByTestId('flag-term') as HTMLInputElement).value).toBe('老地方见');
  });

  it('needs a term and a reason, and shows why the background refused a flag', async () => {
    const check = await openCheck(services);
    const submit = within(check).getByTestId('flag-submit') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.change(within(check).getByTestId('flag-term'), { target: { value: '！！' } });
    fireEvent.change(within(check).getByTestId('flag-reason'), { target: { value: '乱码' } });
    await act(async () => {
      fireEvent.click(submit);
    });
    expect(within(check).getByTestId('flag-status').textContent).toContain('只有空格或符号');
    expect((within(check).getByTestId('flag-term') as HTMLInputElement).value).toBe('！！');
  });
});
