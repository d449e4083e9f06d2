// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanguageSwitch } from '../../../components/language-switch/LanguageSwitch';
import { I18nProvider, useI18n } from '../../../components/i18n/i18n-provider';
import { loadSettings, saveSettings } from '../../../utils/settings/settings-store';

function InsertLabel() {
  const { t } = useI18n();
  return <span data-testid="label">{t('suggestions.insert')}</span>;
}

function renderApp() {
  return render(
    <I18nProvider>
      <InsertLabel />
      <LanguageSwitch />
    </I18nProvider>,
  );
}

describe('the UI language follows the saved setting', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('speaks Chinese for a new agent', async () => {
    renderApp();
    await act(async () => {});
    expect(screen.getByTestId('label').textContent).toBe('插入');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('opens in English when the agent chose English before', async () => {
    await saveSettings({ language: 'en' });
    renderApp();
    await waitFor(() => expect(screen.getByTestId('label').textContent).toBe('Insert'));
  });

  it('switches to English from the 中文 / English switch and remembers it', async () => {
    renderApp();
    await act(async () => {});
    await act(async () => screen.getByRole('button', { name: 'English' }).click());
    expect(screen.getByTestId('label').textContent).toBe('Insert');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect((await loadSettings()).language).toBe('en');
  });

  it('follows a change made on another extension page', async () => {
    renderApp();
    await act(async () => {});
    await act(async () => {
      await saveSettings({ language: 'en' });
    });
    await waitFor(() => expect(screen.getByTestId('label').textContent).toBe('Insert'));
  });
});
