// @vitest-environment jsdom
import '../../console/antd-in-jsdom';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsSection } from '../../../../components/options/settings/SettingsSection';
import { I18nProvider } from '../../../../components/i18n/i18n-provider';
import { fillPlaceholders, placeholderValuesFor } from '../../../../utils/placeholders/fill-placeholders';
import { loadSettings, saveSettings } from '../../../../utils/settings/settings-store';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

function renderSection() {
  render(
    <I18nProvider>
      <SettingsSection />
    </I18nProvider>,
  );
}

describe('设置: one agent, two shops', () => {
  it('saves a shop name for 拼多多 alone; the other clients keep the shop name', async () => {
    await saveSettings({ shopName: '小米优品店' });
    renderSection();
    const pinduoduo = await screen.findByLabelText('拼多多商家客服');
    // The shop name every client uses shows through until the agent types another.
    expect(pinduoduo.getAttribute('placeholder')).toBe('小米优品店');

    fireEvent.change(pinduoduo, { target: { value: '米家拼团店' } });
    fireEvent.click(screen.getByTestId('settings-save'));
    await screen.findByText('设置已保存。');

    const settings = await loadSettings();
    expect(settings.shopNamesBySite).toEqual({ pinduoduo: '米家拼团店' });
    const greet = (site: string) => fillPlaceholders('欢迎光临{店铺名}', placeholderValuesFor(settings, { site, messages: [] })).text;
    expect(greet('pinduoduo')).toBe('欢迎光临米家拼团店');
    expect(greet('feige')).toBe('欢迎光临小米优品店');
  });

  it('shows the schema’s rule under the field that breaks it, and saves nothing until it is kept', async () => {
    await saveSettings({ shopName: '小米优品店', suggestionCount: 5 });
    renderSection();
    const count = await screen.findByLabelText('每次建议的话术条数（1–10）');
    // An emptied number field is no number at all.
    fireEvent.change(count, { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('店铺名（填入话术里的店铺名占位）'), { target: { value: '米家旗舰店' } });
    fireEvent.click(screen.getByTestId('settings-save'));

    expect((await screen.findByRole('alert')).textContent).toBe('有 1 处需要修改，见下方红字');
    const error = document.getElementById(count.getAttribute('aria-describedby') ?? '');
    expect(error?.textContent).toBe('建议条数是 1 到 10 的整数，例如 5 / the number of suggestions is a whole number from 1 to 10, e.g. 5');
    expect(count.getAttribute('aria-invalid')).toBe('true');
    expect(await loadSettings()).toMatchObject({ shopName: '小米优品店', suggestionCount: 5 });

    fireEvent.change(count, { target: { value: '3' } });
    fireEvent.click(screen.getByTestId('settings-save'));
    await screen.findByText('设置已保存。');
    expect(await loadSettings()).toMatchObject({ shopName: '米家旗舰店', suggestionCount: 3 });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
