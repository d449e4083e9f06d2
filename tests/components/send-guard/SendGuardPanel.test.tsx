// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SendGuardPanel } from '../../../components/send-guard/SendGuardPanel';
import type { GuardView } from '../../../utils/guard/send-guard';
import { checkWording } from '../../../utils/risky-wording/check-wording';
import { defaultWordingRules } from '../../../utils/risky-wording/default-rules';

const DRAFT = '这是全网最低价，加我微信聊';
const findings = checkWording(defaultWordingRules(), DRAFT);
const blocked: GuardView = { status: 'blocked', draft: DRAFT, findings, attempt: 1 };

function renderPanel(view: GuardView, lang: 'zh-CN' | 'en' = 'zh-CN') {
  const actions = { onReplace: vi.fn(), onSendAnyway: vi.fn(), onCancel: vi.fn() };
  const rendered = render(<SendGuardPanel view={view} lang={lang} {...actions} />);
  return { ...actions, ...rendered };
}

afterEach(cleanup);

describe('the guard panel by the reply box', () => {
  it('after a stopped send: the risky words marked in the draft, each with why and what to say instead', () => {
    renderPanel(blocked);
    const panel = screen.getByTestId('send-guard');

    expect(panel.dataset.status).toBe('blocked');
    expect(panel.getAttribute('role')).toBe('alertdialog');
    expect(within(panel).getByText('已拦截发送：这条回复有违规风险')).toBeTruthy();
    const marks = Array.from(panel.querySelectorAll('mark[data-severity="block"]'), (mark) => mark.textContent);
    expect(marks).toEqual(['全网最低', '加我微信']);
    const offPlatform = within(panel).getAllByTestId('wording-finding').find((item) => item.dataset.category === 'off-platform')!;
    expect(offPlatform.textContent).toContain('违规');
    expect(offPlatform.textContent).toContain('站外引流');
    expect(offPlatform.textContent).toContain('淘宝/天猫、拼多多、抖店、京东都禁止引导买家到站外联系');
    expect(offPlatform.textContent).toContain('有什么问题直接在这里跟我说就好');
  });

  it('names the placeholder still to fill in, in both languages, and puts the focus on 仍然发送', () => {
    const unfilled: GuardView = { status: 'blocked', draft: '预计{日期}到仓', findings: [], attempt: 1 };
    renderPanel(unfilled);
    const panel = screen.getByTestId('send-guard');
    expect(within(panel).getByText('回复里还有未填写的 {日期}')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId('guard-send-anyway'));
    cleanup();

    renderPanel(unfilled, 'en');
    expect(screen.getByTestId('guard-unfilled').textContent).toBe('The reply still has {日期} to fill in');
  });

  it('takes the focus on its first 替换, so the keyboard alone decides; Esc cancels', () => {
    const { onCancel } = renderPanel(blocked);
    expect(document.activeElement).toBe(screen.getAllByTestId('guard-replace')[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('替换, 仍然发送 and 取消 each do what they say, for the finding they belong to', () => {
    const { onReplace, onSendAnyway, onCancel } = renderPanel(blocked);
    fireEvent.click(screen.getAllByTestId('guard-replace')[2]!);
    fireEvent.click(screen.getByTestId('guard-send-anyway'));
    fireEvent.click(screen.getByTestId('guard-cancel'));
    expect(onReplace).toHaveBeenCalledWith(findings[2]);
    expect(onSendAnyway).toHaveBeenCalledTimes(1);
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('as a notice while typing: no 仍然发送, and the focus stays in the reply box', () => {
    document.body.innerHTML = '<textarea></textarea>';
    document.querySelector('textarea')!.focus();
    const draft = '这款是我们店最畅销的款';
    renderPanel({ status: 'notice', draft, findings: checkWording(defaultWordingRules(), draft) });
    expect(screen.getByTestId('send-guard').getAttribute('role')).toBe('status');
    expect(screen.queryByTestId('guard-send-anyway')).toBeNull();
    expect(document.activeElement?.tagName).toBe('TEXTAREA');
  });

  it('asks the agent to press 发送 once more where the page ignores the guard’s click', () => {
    renderPanel({ status: 'resend', draft: '加我微信聊', why: 'site-ignores-click' });
    expect(screen.getByTestId('send-guard-resend').textContent).toContain('请在聊天窗口按“发送”或 Enter');
  });

  it('speaks English when the agent chose it, keeping the Chinese wording the buyer would get', () => {
    renderPanel(blocked, 'en');
    const panel = screen.getByTestId('send-guard');
    expect(panel.textContent).toContain('Send stopped: this reply breaks a platform rule');
    expect(panel.textContent).toContain('Off-platform contact');
    expect(within(panel).getByTestId('guard-send-anyway').textContent).toBe('Send anyway');
    expect(panel.textContent).toContain('有什么问题直接在这里跟我说就好');
  });

  it('renders nothing when there is nothing to say', () => {
    renderPanel({ status: 'hidden' });
    expect(screen.queryByTestId('send-guard')).toBeNull();
  });
});
