// @vitest-environment jsdom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { beforeEach, describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../../utils/schemas/settings';
import { followUiLanguage } from '../../../utils/page/page-language';
import { saveSettings } from '../../../utils/settings/settings-store';

describe('our UI on a seller’s page speaks the agent’s language', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with the saved language, follows a switch in the popup, and stops with the content script', async () => {
    await saveSettings({ language: 'en' });
    const ctx = new ContentScriptContext('page-language-test');
    const heard: UiLanguage[] = [];
    followUiLanguage(ctx, 'test', (lang) => heard.push(lang));
    await expect.poll(() => heard).toEqual(['en']);
    await saveSettings({ language: 'zh-CN' });
    await expect.poll(() => heard).toEqual(['en', 'zh-CN']);
    ctx.notifyInvalidated();
    await saveSettings({ language: 'en' });
    expect(heard).toEqual(['en', 'zh-CN']);
  });

  it('never touches the page’s own <html lang>', async () => {
    document.documentElement.lang = 'zh-CN';
    await saveSettings({ language: 'en' });
    const ctx = new ContentScriptContext('page-language-test');
    const heard: UiLanguage[] = [];
    followUiLanguage(ctx, 'test', (lang) => heard.push(lang));
    await expect.poll(() => heard).toEqual(['en']);
    expect(document.documentElement.lang).toBe('zh-CN');
    ctx.notifyInvalidated();
  });
});
