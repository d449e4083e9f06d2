// @vitest-environment jsdom
import '../console/antd-in-jsdom';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '../../../components/i18n/i18n-provider';
import type { OptionsServices } from '../../../components/options/options-services';
import { SubscriptionSection } from '../../../components/subscription/SubscriptionSection';
import { saveSettings } from '../../../utils/settings/settings-store';
import { EMPTY_SUBSCRIPTION, type SubscriptionView } from '../../../utils/schemas/subscription-state';

const URL_ = 'https://cdn.example.com/team/tea-shop.json';
const NOTHING_YET: SubscriptionView = { ...EMPTY_SUBSCRIPTION, url: null, urlFromPolicy: false, pending: null };
const SAVED: SubscriptionView = { ...NOTHING_YET, userUrl: URL_, url: URL_ };
const PENDING: SubscriptionView = {
  ...SAVED,
  status: 'pending',
  etag: '"v1"',
  lastCheckedAt: Date.UTC(2026, 10, 23, 1),
  pending: { packName: '茶叶店', version: '1.1.0', installedVersion: '1.0.0', added: 2, changed: 1, removed: 0, refusal: null },
};
const APPLIED: SubscriptionView = { ...PENDING, status: 'applied', pending: null };

function fakeServices(first: SubscriptionView) {
  const answers: Record<string, SubscriptionView> = { getSubscription: first, setSubscription: SAVED, checkSubscription: PENDING, applySubscription: APPLIED };
  const call = vi.fn(async (type: string, _data?: unknown) => answers[type]);
  return { services: { call: call as unknown as OptionsServices['call'] }, call };
}

afterEach(cleanup);

describe('the agent’s pack subscription on the options page', () => {
  it('saves the URL, checks now, shows the waiting update and applies it', async () => {
    const { services, call } = fakeServices(NOTHING_YET);
    render(<SubscriptionSection services={services} />);
    await waitFor(() => expect(call).toHaveBeenCalledWith('getSubscription'));

    fireEvent.change(screen.getByTestId('subscription-url'), { target: { value: URL_ } });
    fireEvent.click(screen.getByTestId('subscription-save'));
    await waitFor(() => expect(call).toHaveBeenCalledWith('setSubscription', { url: URL_, autoApply: false }));
    expect((await screen.findByTestId('subscription-notice')).textContent).toBe('已保存订阅设置');

    fireEvent.click(screen.getByTestId('subscription-check'));
    expect((await screen.findByTestId('subscription-pending-counts')).textContent).toBe('新增 2 条，修改 1 条，删除 0 条');
    expect(screen.getByTestId('subscription-pending').textContent).toContain('新版本：茶叶店 1.1.0');
    expect(screen.getByTestId('subscription-etag').textContent).toContain('"v1"');

    fireEvent.click(screen.getByTestId('subscription-apply'));
    await waitFor(() => expect(screen.getByTestId('subscription-status').getAttribute('data-status')).toBe('applied'));
    expect(screen.queryByTestId('subscription-pending')).toBeNull();
  });

  it('refuses a URL that is not https before asking the background, saying why under the field', async () => {
    const { services, call } = fakeServices(NOTHING_YET);
    render(<SubscriptionSection services={services} />);
    fireEvent.change(screen.getByTestId('subscription-url'), { target: { value: 'http://cdn.example.com/pack.json' } });
    fireEvent.click(screen.getByTestId('subscription-save'));

    // The schema's own rule, with its example, on the field it is about.
    const error = await screen.findByTestId('subscription-url-error');
    expect(error.textContent).toContain('必须是 https');
    expect(error.textContent).toContain('https://cdn.example.com/team-pack.json');
    const field = screen.getByLabelText('订阅地址');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(error.id);
    expect(call).not.toHaveBeenCalledWith('setSubscription', expect.anything());

    // Typing again clears the complaint; a good URL is saved.
    fireEvent.change(field, { target: { value: URL_ } });
    expect(field.getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(screen.queryByTestId('subscription-url-error')).toBeNull());
    fireEvent.click(screen.getByTestId('subscription-save'));
    await waitFor(() => expect(call).toHaveBeenCalledWith('setSubscription', { url: URL_, autoApply: false }));
  });

  it('shows the state of the last check on a coloured tag, in the agent’s language', async () => {
    const { services } = fakeServices(PENDING);
    const { unmount } = render(<SubscriptionSection services={services} />);
    const tag = await screen.findByTestId('subscription-status-tag');
    expect(tag.textContent).toBe('有更新待应用');
    expect(tag.className).toContain('ant-tag-orange');
    unmount();

    // The agent chose English in 设置: the provider reads the choice from storage.
    fakeBrowser.reset();
    await saveSettings({ language: 'en' });
    render(
      <I18nProvider>
        <SubscriptionSection services={fakeServices({ ...PENDING, status: 'error', message: 'HTTP 404' }).services} />
      </I18nProvider>,
    );
    await screen.findByText('Check failed');
    const failed = screen.getByTestId('subscription-status-tag');
    expect(failed.className).toContain('ant-tag-red');
  });

  it('saves the auto-apply choice from its switch', async () => {
    const { services, call } = fakeServices(SAVED);
    render(<SubscriptionSection services={services} />);
    await waitFor(() => expect((screen.getByTestId('subscription-url') as HTMLInputElement).value).toBe(URL_));
    const toggle = screen.getByRole('switch', { name: '有更新时自动应用（不再询问）' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByTestId('subscription-save'));
    await waitFor(() => expect(call).toHaveBeenCalledWith('setSubscription', { url: URL_, autoApply: true }));
  });

  it('shows a URL set by IT policy as read-only', async () => {
    const { services } = fakeServices({ ...SAVED, url: 'https://it.example.com/pack.json', urlFromPolicy: true });
    render(<SubscriptionSection services={services} />);
    await waitFor(() => expect((screen.getByTestId('subscription-url') as HTMLInputElement).value).toBe('https://it.example.com/pack.json'));
    expect((screen.getByTestId('subscription-url') as HTMLInputElement).readOnly).toBe(true);
    expect(screen.getByText(/浏览器策略/)).toBeTruthy();
  });
});

describe('a team pack on a host that sends no CORS headers', () => {
  const BLOCKED: SubscriptionView = { ...SAVED, status: 'error', message: 'Failed to fetch', lastCheckedAt: Date.UTC(2026, 10, 23, 1) };

  /** A fake browser.permissions for origins: what is granted, and whether the agent says yes when asked. */
  function fakeHostAccess({ granted = [] as string[], agentAllows = true } = {}) {
    const origins = new Set(granted);
    return {
      has: vi.fn(async (origin: string) => origins.has(origin)),
      request: vi.fn(async (origin: string) => {
        if (agentAllows) origins.add(origin);
        return agentAllows;
      }),
    };
  }

  function servicesReachableOnlyWith(hostAccess: ReturnType<typeof fakeHostAccess>) {
    const call = vi.fn(async (type: string) => {
      if (type === 'getSubscription') return BLOCKED;
      if (type === 'checkSubscription') return (await hostAccess.has('https://cdn.example.com')) ? PENDING : BLOCKED;
      throw new Error(`unexpected request ${type}`);
    });
    return { services: { call: call as unknown as OptionsServices['call'] }, call };
  }

  it('offers 授权访问此地址 after a failed check, asks for that one origin, then checks again', async () => {
    const hostAccess = fakeHostAccess();
    const { services, call } = servicesReachableOnlyWith(hostAccess);
    render(<SubscriptionSection services={services} hostAccess={hostAccess} />);

    const grant = await screen.findByTestId('subscription-grant-access');
    expect(grant.textContent).toBe('授权访问此地址');
    expect(hostAccess.has).toHaveBeenCalledWith('https://cdn.example.com');

    fireEvent.click(grant);
    expect(hostAccess.request).toHaveBeenCalledWith('https://cdn.example.com');
    expect((await screen.findByTestId('subscription-pending-counts')).textContent).toBe('新增 2 条，修改 1 条，删除 0 条');
    expect(call).toHaveBeenCalledWith('checkSubscription');
    expect(screen.queryByTestId('subscription-grant-access')).toBeNull();
  });

  it('says so and keeps the button when the agent refuses access', async () => {
    const hostAccess = fakeHostAccess({ agentAllows: false });
    const { services, call } = servicesReachableOnlyWith(hostAccess);
    render(<SubscriptionSection services={services} hostAccess={hostAccess} />);

    fireEvent.click(await screen.findByTestId('subscription-grant-access'));
    expect((await screen.findByTestId('subscription-notice')).textContent).toBe('操作失败：浏览器未授权访问此地址');
    expect(call).not.toHaveBeenCalledWith('checkSubscription');
    expect(screen.getByTestId('subscription-grant-access')).toBeTruthy();
  });

  it('does not offer access it already has: the failure is something else', async () => {
    const hostAccess = fakeHostAccess({ granted: ['https://cdn.example.com'] });
    const { services } = servicesReachableOnlyWith(hostAccess);
    render(<SubscriptionSection services={services} hostAccess={hostAccess} />);

    await waitFor(() => expect(hostAccess.has).toHaveBeenCalledWith('https://cdn.example.com'));
    expect(screen.getByRole('alert').textContent).toBe('Failed to fetch');
    expect(screen.queryByTestId('subscription-grant-access')).toBeNull();
  });
});
