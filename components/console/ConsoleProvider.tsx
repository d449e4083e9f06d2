import type { ReactNode } from 'react';
import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import '../../utils/i18n/console-messages';
import type { UiLanguage } from '../../utils/schemas/settings';
import { useI18n } from '../i18n/i18n-provider';
import { CONSOLE_THEME } from './console-theme';

/**
 * antd's own words (pagination, empty tables, upload hints, confirm buttons) follow the agent's
 * language choice, so a Chinese console never shows an English default.
 */
const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } satisfies Record<UiLanguage, typeof zhCN>;

/** The lead's console (the options page) only: the popup and the in-page UI stay free of antd. */
export function ConsoleProvider({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={ANTD_LOCALES[lang]} theme={CONSOLE_THEME}>
      {/* App gives message/modal/notification hooks the same locale and theme. */}
      <App>{children}</App>
    </ConfigProvider>
  );
}
