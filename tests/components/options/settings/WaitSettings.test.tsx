// @vitest-environment jsdom
import '../../console/antd-in-jsdom';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsSection } from '../../../../components/options/settings/SettingsSection';
import { I18nProvider } from '../../../../components/i18n/i18n-provider';
import { loadSettings, saveSettings } from '../../../../utils/settings/settings-store';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const RULE = '回复时限是 1 到 86400 之间的整数秒，例如 180 / a reply window is a whole number of seconds from 1 to 86400, e.g. 180';

function renderSection() {
  render(
    <I18nProvider>
      <SettingsSection />
    </I18nProvider>,
  );
}

async function windowOf(site: string): Promise<HTMLInputElement> {
  await screen.findByTestId('settings-wait-thresholds');
  const input = document.getElementById(`settings-wait-threshold-${site}`);
  if (!(input instanceof HTMLInputElement)) throw new Error(`no reply-window field for ${site}`);
  return input;
}

describe('设置: each client’s reply window and the wait sound', () => {
  it('shows each client’s default and saves the agent’s own window for one client', async () => {
    renderSection();
    const jd = await windowOf('jd-dongdong');
    expect(jd.getAttribute('placeholder')).toBe('默认 30');
    expect((await windowOf('pinduoduo')).getAttribute('placeholder')).toBe('默认 180');
    // Named by its client, as each client's shop name is.
    expect(screen.getByLabelText('京东咚咚的回复时限')).toBe(jd);

    fireEvent.change(jd, { target: { value: '45' } });
    fireEvent.click(screen.getByTestId('settings-save'));
    await screen.findByText('设置已保存。');
    expect((await loadSettings()).waitThresholdsBySite).toEqual({ 'jd-dongdong': 45 });
  });

  it('rejects a window that is not a whole number of seconds from 1 to 86400, says the rule, and saves nothing', async () => {
    await saveSettings({ waitThresholdsBySite: { feige: 120 } });
    renderSection();
    for (const bad of ['0', '1.5', '90000']) {
      const feige = await windowOf('feige');
      fireEvent.change(feige, { target: { value: bad } });
      fireEvent.click(screen.getByTestId('settings-save'));
      expect((await screen.findByRole('alert')).textContent).toBe('有 1 处需要修改，见下方红字');
      expect(document.getElementById(feige.getAttribute('aria-describedby') ?? '')?.textContent).toBe(RULE);
      expect(feige.getAttribute('aria-invalid')).toBe('true');
      expect((await loadSettings()).waitThresholdsBySite).toEqual({ feige: 120 });
    }
  });

  it('goes back to the client’s default when the field is emptied', async () => {
    await saveSettings({ waitThresholdsBySite: { feige: 120, kuaishou: 60 } });
    renderSection();
    fireEvent.change(await windowOf('feige'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('settings-save'));
    await screen.findByText('设置已保存。');
    expect((await loadSettings()).waitThresholdsBySite).toEqual({ kuaishou: 60 });
  });

  it('keeps the sound off until the agent turns it on, and says nothing else makes a sound or a notification', async () => {
    renderSection();
    const sound = await screen.findByRole('switch', { name: '买家等待变红时响一声' });
    expect(sound.getAttribute('aria-checked')).toBe('false');
    expect(document.getElementById(sound.getAttribute('aria-describedby') ?? '')?.textContent).toContain('除此之外，话术助手不会发出任何声音，也不会弹出系统通知');
    fireEvent.click(sound);
    fireEvent.click(screen.getByTestId('settings-save'));
    await screen.findByText('设置已保存。');
    expect((await loadSettings()).waitSound).toBe(true);
  });
});
